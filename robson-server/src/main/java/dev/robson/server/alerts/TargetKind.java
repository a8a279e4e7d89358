package dev.robson.server.alerts;

/** Where an alert goes; each has its own request shape (see {@link AlertRequests}). */
public enum TargetKind {
    /** A generic JSON POST, signed with HMAC-SHA256 (docs/alerts.md). */
    WEBHOOK,
    /** Telegram Bot API sendMessage to one chat. */
    TELEGRAM,
    /** A Slack incoming webhook: {"text": ...}. */
    SLACK,
    /** A Discord webhook: {"content": ...}. */
    DISCORD
}

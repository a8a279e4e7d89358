package dev.robson.server.closing;

/**
 * When the exchange keeps refusing an operation's close orders: the reconciler tries again by
 * itself a few times (a refusal may pass: a halted symbol, a balance still settling), then stops
 * and a person has to look. A person's retry always sends, whatever the count.
 */
final class RejectionEscalation {

    /** Rejections in a row after which a person has to look. */
    static final int MAX_REJECTED_ATTEMPTS = 3;

    private RejectionEscalation() {}

    /** After a refusal was recorded: true once the operation must be flagged for attention. */
    static boolean needsAttention(int rejectionsInARow) {
        return rejectionsInARow >= MAX_REJECTED_ATTEMPTS;
    }

    /** Whether the next order may be sent after the last one was refused. */
    static boolean maySendAfterRejection(int rejectionsInARow, boolean personAsked) {
        return personAsked || !needsAttention(rejectionsInARow);
    }

    /** The attention note: how many refusals, and the exchange's reason for the last. */
    static String note(String lastReason) {
        return "The exchange rejected the close order " + MAX_REJECTED_ATTEMPTS + " times: " + lastReason;
    }
}

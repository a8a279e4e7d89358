import { isStale, useNow } from '../lib/clock.js';
import { formatAge } from '../lib/format.js';

/**
 * "live · updated 4 s ago" or "polling · updated 4 s ago", turning amber (with a warning sign
 * and the word "stale", never colour alone) once polled data is older than twice its refresh
 * interval. Pushed data is never stale while the stream is live: it comes when it changes, and
 * the stream's heartbeat ends a dead connection (the widget then polls again).
 */
export function StaleIndicator({ updatedAt, intervalMs, failing = false, transport = null }) {
  const now = useNow();
  if (!updatedAt) {
    return null;
  }
  const stale = transport !== 'live' && isStale(updatedAt, intervalMs, now);
  return (
    <small
      className={`stale-indicator text-nowrap ${stale ? 'stale-indicator--stale' : 'text-body-secondary'}`}
      data-testid="stale-indicator"
      data-stale={stale ? 'true' : 'false'}
      data-transport={transport ?? undefined}
    >
      {stale ? <span aria-hidden="true">⚠ </span> : null}
      {transport ? `${transport} · ` : null}
      updated {formatAge(now - updatedAt)}
      {stale ? <strong> · stale</strong> : null}
      {failing ? <span> · refresh failing</span> : null}
    </small>
  );
}

import { isStale, useNow } from '../lib/clock.js';
import { formatAge } from '../lib/format.js';

/**
 * "updated 4 s ago", turning amber (with a warning sign and the word "stale", never colour
 * alone) once the data is older than twice its refresh interval.
 */
export function StaleIndicator({ updatedAt, intervalMs, failing = false }) {
  const now = useNow();
  if (!updatedAt) {
    return null;
  }
  const stale = isStale(updatedAt, intervalMs, now);
  return (
    <small
      className={`stale-indicator text-nowrap ${stale ? 'stale-indicator--stale' : 'text-body-secondary'}`}
      data-testid="stale-indicator"
      data-stale={stale ? 'true' : 'false'}
    >
      {stale ? <span aria-hidden="true">⚠ </span> : null}
      updated {formatAge(now - updatedAt)}
      {stale ? <strong> · stale</strong> : null}
      {failing ? <span> · refresh failing</span> : null}
    </small>
  );
}

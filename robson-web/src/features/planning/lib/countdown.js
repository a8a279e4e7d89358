/**
 * The time left to confirm a plan, from its `expires_at` and the page's clock. Seconds are
 * whole and never negative; screen readers hear it in steps of ANNOUNCE_EVERY_S so a polite
 * live region speaks at most every ten seconds.
 */
export const ANNOUNCE_EVERY_S = 10;

export function secondsLeft(expiresAt, nowMs) {
  const deadline = Date.parse(expiresAt);
  if (Number.isNaN(deadline)) {
    return 0;
  }
  return Math.max(0, Math.ceil((deadline - nowMs) / 1000));
}

/** 118 → "1:58", 7 → "0:07". */
export function clockText(seconds) {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** 118 → "1 minute 58 seconds", 60 → "1 minute", 1 → "1 second". */
export function spokenDuration(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes > 0) {
    parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  }
  if (rest > 0 || minutes === 0) {
    parts.push(`${rest} second${rest === 1 ? '' : 's'}`);
  }
  return parts.join(' ');
}

/**
 * What the live region says: the time left rounded up to the step, so its text changes once
 * per step and never claims less time than there is. Zero is "expired".
 */
export function announcement(seconds) {
  if (seconds <= 0) {
    return 'The plan has expired; nothing will be bought.';
  }
  const stepped = Math.ceil(seconds / ANNOUNCE_EVERY_S) * ANNOUNCE_EVERY_S;
  return `The plan expires in about ${spokenDuration(stepped)}.`;
}

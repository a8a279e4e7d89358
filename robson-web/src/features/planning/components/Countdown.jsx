import { useNow } from '../../../lib/clock.js';
import { announcement, clockText, secondsLeft } from '../lib/countdown.js';

/**
 * The time left to confirm, on the page's one clock. The figure ticks every second for the
 * eye (a timer, which screen readers leave silent); a polite live region beside it changes
 * its words only every ten seconds, so a listener is told without being interrupted.
 */
export function Countdown({ expiresAt }) {
  const now = useNow();
  const seconds = secondsLeft(expiresAt, now);
  const expired = seconds <= 0;
  return (
    <div className="plan-countdown d-flex align-items-center gap-2" data-testid="plan-countdown" data-seconds={seconds}>
      <span className="small text-body-secondary">{expired ? 'Expired' : 'Expires in'}</span>
      <span role="timer" aria-label="Time left to confirm" className={`fw-semibold font-monospace ${seconds <= 20 ? 'text-danger' : ''}`}>
        {clockText(seconds)}
      </span>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="plan-countdown-announcement">
        {announcement(seconds)}
      </span>
    </div>
  );
}

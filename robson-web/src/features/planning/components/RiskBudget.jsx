import Badge from 'react-bootstrap/Badge';
import { describeError } from '../../../lib/api-client.js';
import { formatMoney } from '../../../lib/format.js';

/**
 * The month's risk budget, always in view while planning: what may still be lost this month,
 * how many plans of the strategy's size fit in it, and PAUSED once the month's losses reached
 * its limit (every plan is then refused until the next month).
 */
export function RiskBudget({ risk }) {
  const status = risk.data?.month ? risk.data : null;
  if (!status) {
    return (
      <div className="risk-budget small text-body-secondary" data-testid="risk-budget" aria-live="polite">
        {risk.failing ? `Risk budget unavailable: ${describeError(risk.error)}` : 'Reading the risk budget…'}
      </div>
    );
  }
  const paused = status.status === 'PAUSED';
  const quote = status.quote_asset;
  return (
    <section className="risk-budget" aria-label="Risk budget of the month" data-testid="risk-budget" data-status={status.status}>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-1">
        <span className="fw-semibold">Risk budget {status.month}</span>
        {paused ? (
          <Badge bg="danger" data-testid="budget-paused">
            PAUSED
          </Badge>
        ) : (
          <Badge bg="success" text="light">
            ACTIVE
          </Badge>
        )}
      </div>
      <dl className="risk-figures mb-0">
        <div>
          <dt>Remaining</dt>
          <dd data-testid="budget-remaining">
            {formatMoney(status.remaining, quote)} <span className="text-body-secondary small">of {formatMoney(status.budget, quote)}</span>
          </dd>
        </div>
        <div>
          <dt>Slots</dt>
          <dd data-testid="budget-slots">{status.slots ?? '—'}</dd>
        </div>
        <div>
          <dt>Open risk</dt>
          <dd>{formatMoney(status.open_risk, quote)}</dd>
        </div>
        <div>
          <dt>Lost this month</dt>
          <dd>{formatMoney(status.consumed, quote)}</dd>
        </div>
      </dl>
      {paused ? (
        <p className="small text-danger mb-0 mt-1" data-testid="budget-paused-note">
          The month&rsquo;s losses reached its limit: every plan is refused until next month.
        </p>
      ) : null}
    </section>
  );
}

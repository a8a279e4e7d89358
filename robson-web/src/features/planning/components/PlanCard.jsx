import { useEffect, useRef, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import { useNow } from '../../../lib/clock.js';
import { baseAssetOf, formatMoney, formatPair, formatPercent, formatQuantity } from '../../../lib/format.js';
import { useCancelPlan } from '../api/cancel-plan.js';
import { useConfirmPlan } from '../api/confirm-plan.js';
import { getPlan } from '../api/get-plan.js';
import { secondsLeft } from '../lib/countdown.js';
import { newIdempotencyKey } from '../lib/idempotency-key.js';
import { isRefusal, outcomeUnknown } from '../lib/refusals.js';
import { Countdown } from './Countdown.jsx';
import { Refusal } from './Refusal.jsx';

const CONFIDENCE_TONES = { HIGH: 'success', MEDIUM: 'warning', LOW: 'danger' };
const STATUS_TONES = { PLANNED: 'warning', ENTERING: 'info', ACTIVE: 'success', FAILED: 'danger', REJECTED: 'danger' };

function Figure({ label, testId, value, note }) {
  return (
    <div className="plan-figure">
      <dt>{label}</dt>
      <dd data-testid={testId}>
        {value}
        {note ? <span className="d-block small text-body-secondary">{note}</span> : null}
      </dd>
    </div>
  );
}

function Outcome({ plan, base }) {
  const quote = plan.quote_asset;
  if (plan.status === 'ACTIVE') {
    return (
      <Alert variant="success" className="mb-0" role="status" data-testid="plan-outcome">
        Bought {formatQuantity(plan.filled_quantity ?? plan.quantity, base)} at {formatMoney(plan.entry_price, quote)}: operation #
        {plan.operation_id} is guarded (stop {formatMoney(plan.stop_loss, quote)}, target {formatMoney(plan.take_profit, quote)}).
      </Alert>
    );
  }
  if (plan.status === 'FAILED') {
    return (
      <Alert variant="warning" className="mb-0" role="status" data-testid="plan-outcome">
        Nothing was bought{plan.failure ? ` (${plan.failure})` : ''}: no fill at up to {formatMoney(plan.entry_max, quote)}.
      </Alert>
    );
  }
  if (plan.status === 'EXPIRED' || plan.status === 'CANCELLED') {
    return (
      <p className="small text-body-secondary mb-0" role="status" data-testid="plan-outcome">
        {plan.status === 'EXPIRED' ? 'The plan expired' : 'The plan was cancelled'}: nothing was bought. Activate monitoring again for a
        fresh plan.
      </p>
    );
  }
  return null;
}

/**
 * A plan as the trader confirms it: entry and the most it buys at, the technical stop and its
 * distance, the target, the size in units and value, the loss at the stop in money and share
 * of capital, how the stop was found, the warnings, and the time left. The confirmation key
 * is made once for this plan (the card is mounted per plan): a double click, or Confirm again
 * after a lost answer, sends the same key, and the server buys at most once.
 */
export function PlanCard({ plan, onPlanChange, onDismiss }) {
  const [idempotencyKey] = useState(newIdempotencyKey);
  // One confirmation in flight at a time, even for two clicks before the button disables.
  const sending = useRef(false);
  const confirm = useConfirmPlan();
  const cancel = useCancelPlan();
  const now = useNow();
  const quote = plan.quote_asset;
  const base = baseAssetOf(plan.symbol, quote);
  const planned = plan.status === 'PLANNED';
  const expired = planned && secondsLeft(plan.expires_at, now) <= 0;
  const busy = confirm.isPending || cancel.isPending;
  const lost = confirm.isError && outcomeUnknown(confirm.error);

  useEffect(() => {
    // Checked on the clock itself too: the shared clock's first reading may be an old one.
    if (expired && secondsLeft(plan.expires_at, Date.now()) <= 0) {
      onPlanChange({ ...plan, status: 'EXPIRED' });
    }
  }, [expired, plan, onPlanChange]);

  function settleRefusal(error) {
    if (error?.status === 409) {
      getPlan(plan.operation_id).then(onPlanChange, () => {});
    } else if (isRefusal(error)) {
      onPlanChange({ ...plan, status: error.code === 'plan_expired' ? 'EXPIRED' : 'REJECTED', failure: error.code });
    }
  }

  function confirmPlan() {
    if (sending.current) {
      return;
    }
    sending.current = true;
    confirm.mutate(
      { id: plan.operation_id, idempotencyKey },
      {
        onSuccess: onPlanChange,
        onError: settleRefusal,
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  }

  function cancelPlan() {
    cancel.mutate({ id: plan.operation_id }, { onSuccess: onPlanChange, onError: settleRefusal });
  }

  const filled = plan.entry_price != null;
  return (
    <Card as="article" className="plan-card mt-3" aria-labelledby="plan-card-title" data-testid="plan-card" data-status={plan.status} data-operation-id={plan.operation_id}>
      <Card.Header className="d-flex flex-wrap align-items-center gap-2">
        <h3 id="plan-card-title" className="h6 mb-0 me-auto">
          Plan #{plan.operation_id} · {formatPair(plan.symbol, quote)} {plan.side}
        </h3>
        <Badge bg={STATUS_TONES[plan.status] ?? 'secondary'} data-testid="plan-status">
          {plan.status}
        </Badge>
        <Badge bg="secondary" data-testid="plan-method" title="How the stop was found">
          {plan.method}
        </Badge>
        <Badge bg={CONFIDENCE_TONES[plan.confidence] ?? 'secondary'} data-testid="plan-confidence">
          {plan.confidence} confidence
        </Badge>
      </Card.Header>
      <Card.Body className="d-flex flex-column gap-3">
        <dl className="plan-figures mb-0">
          <Figure label="Entry" testId="plan-entry" value={formatMoney(plan.entry_reference, quote)} note={`buy at up to ${formatMoney(plan.entry_max, quote)}`} />
          {filled ? (
            <Figure label="Filled" testId="plan-filled" value={formatMoney(plan.entry_price, quote)} note={formatQuantity(plan.filled_quantity ?? plan.quantity, base)} />
          ) : null}
          <Figure label="Stop" testId="plan-stop" value={formatMoney(plan.stop_loss, quote)} note={`${formatPercent(plan.stop_distance_percent)} below entry`} />
          <Figure label="Target" testId="plan-target" value={formatMoney(plan.take_profit, quote)} note={filled ? 'from the fill' : 'estimate, set from the fill'} />
          <Figure label="Size" testId="plan-size" value={formatQuantity(plan.quantity, base)} note={formatMoney(plan.notional, quote)} />
          <Figure label="Max loss" testId="plan-max-loss" value={formatMoney(plan.planned_risk, quote)} note={`${formatPercent(plan.planned_risk_percent)} of capital`} />
        </dl>
        {plan.warnings?.length ? (
          <Alert variant="warning" className="mb-0 py-2" data-testid="plan-warnings">
            <ul className="mb-0 ps-3 small">
              {plan.warnings.map((warning) => (
                <li key={warning.code} data-code={warning.code}>
                  {warning.message}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {planned ? <Countdown expiresAt={plan.expires_at} /> : null}
        <Outcome plan={plan} base={base} />
        <Refusal
          error={confirm.error ?? cancel.error}
          retryHint={lost ? 'The answer was lost. Confirm again sends the same confirmation: it cannot buy twice.' : null}
        />
        <div className="d-flex flex-wrap gap-2">
          {planned ? (
            <>
              <Button variant="success" onClick={confirmPlan} disabled={busy || expired} data-testid="plan-confirm">
                {confirm.isPending ? 'Confirming…' : `${lost ? 'Confirm again' : 'Confirm'}: buy ${formatQuantity(plan.quantity, base)} at up to ${formatMoney(plan.entry_max, quote)}`}
              </Button>
              <Button variant="outline-secondary" onClick={cancelPlan} disabled={busy || expired} data-testid="plan-cancel">
                {cancel.isPending ? 'Cancelling…' : 'Cancel plan'}
              </Button>
            </>
          ) : (
            <Button variant="outline-secondary" size="sm" onClick={onDismiss}>
              Dismiss
            </Button>
          )}
        </div>
      </Card.Body>
    </Card>
  );
}

import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { entryPlan, planActive, planAtrFallback, planCancelled } from '../../../test/fixtures.js';
import { callsTo, problem, stubFetch } from '../../../test/http.js';
import { renderWithQueries } from '../../../test/render.jsx';
import { PlanCard } from './PlanCard.jsx';

const CONFIRM = '/api/operations/42/confirm/';
const KEY = /^[A-Za-z0-9_-]{1,64}$/;

/** A plan that still has two minutes on the test's own clock. */
function fresh(plan = entryPlan()) {
  return { ...plan, expires_at: new Date(Date.now() + 120_000).toISOString() };
}

function Harness({ initial, onChange }) {
  const [plan, setPlan] = useState(initial);
  if (!plan) {
    return <p>dismissed</p>;
  }
  return (
    <PlanCard
      key={plan.operation_id}
      plan={plan}
      onPlanChange={(next) => {
        onChange?.(next);
        setPlan(next);
      }}
      onDismiss={() => setPlan(null)}
    />
  );
}

function keysSent(fetchMock) {
  return callsTo(fetchMock, CONFIRM).map(([, init]) => init.headers['Idempotency-Key']);
}

describe('PlanCard', () => {
  it('shows entry, stop and its distance, target, size, max loss, method and confidence, and the countdown', () => {
    stubFetch(() => undefined);
    renderWithQueries(<Harness initial={fresh()} />);

    const card = screen.getByRole('article', { name: 'Plan #42 · BTC/USDC LONG' });
    expect(card).toHaveAttribute('data-status', 'PLANNED');
    expect(screen.getByTestId('plan-entry')).toHaveTextContent('$90,000.00buy at up to $90,045.00');
    expect(screen.getByTestId('plan-stop')).toHaveTextContent('$88,650.001.50% below entry');
    expect(screen.getByTestId('plan-target')).toHaveTextContent('$92,700.00estimate, set from the fill');
    expect(screen.getByTestId('plan-size')).toHaveTextContent('0.00618 BTC$556.48');
    expect(screen.getByTestId('plan-max-loss')).toHaveTextContent('$10.270.9993% of capital');
    expect(screen.getByTestId('plan-method')).toHaveTextContent('SWING_LEVEL_2');
    expect(screen.getByTestId('plan-confidence')).toHaveTextContent('HIGH confidence');
    expect(screen.getByTestId('plan-confidence')).toHaveClass('bg-success');
    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
    expect(screen.queryByTestId('plan-warnings')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm: buy 0.00618 BTC at up to $90,045.00' })).toBeEnabled();
  });

  it('lists the warnings and marks a low-confidence stop', () => {
    stubFetch(() => undefined);
    renderWithQueries(<Harness initial={fresh(planAtrFallback)} />);

    const warnings = screen.getByTestId('plan-warnings');
    expect(warnings).toHaveTextContent('no support within bounds: the stop comes from the ATR');
    expect(warnings).toHaveTextContent('the free balance, not the risk allowance, limits the size');
    expect(screen.getByTestId('plan-method')).toHaveTextContent('ATR_FALLBACK');
    expect(screen.getByTestId('plan-confidence')).toHaveClass('bg-danger');
  });

  it('confirms with an Idempotency-Key and shows what was bought', async () => {
    const fetchMock = stubFetch((path) => (path === CONFIRM ? { status: 200, body: planActive } : undefined));
    const user = userEvent.setup();
    renderWithQueries(<Harness initial={fresh()} />);

    await user.click(screen.getByTestId('plan-confirm'));

    expect(await screen.findByTestId('plan-outcome')).toHaveTextContent(
      'Bought 0.00618 BTC at $90,012.35: operation #42 is guarded (stop $88,650.00, target $92,737.05).',
    );
    const [, init] = callsTo(fetchMock, CONFIRM)[0];
    expect(init.method).toBe('POST');
    expect(init.body).toBeUndefined();
    expect(keysSent(fetchMock)[0]).toMatch(KEY);
    expect(screen.getByTestId('plan-filled')).toHaveTextContent('$90,012.35');
    expect(screen.getByTestId('plan-target')).toHaveTextContent('$92,737.05from the fill');
    expect(screen.queryByTestId('plan-confirm')).not.toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('sends the same key again when the answer was lost, so a retry cannot buy twice', async () => {
    const answers = [new TypeError('Failed to fetch'), problem(503, 'exchange_unavailable', 'The exchange did not answer.'), { status: 200, body: planActive }];
    const fetchMock = stubFetch((path) => (path === CONFIRM ? answers.shift() : undefined));
    const user = userEvent.setup();
    renderWithQueries(<Harness initial={fresh()} />);

    await user.click(screen.getByTestId('plan-confirm'));
    expect(await screen.findByTestId('plan-refusal')).toHaveTextContent('The server cannot be reached.');
    expect(screen.getByTestId('plan-refusal')).toHaveTextContent('Confirm again sends the same confirmation: it cannot buy twice.');
    await user.click(screen.getByRole('button', { name: /^Confirm again: buy 0\.00618 BTC/ }));
    await waitFor(() => expect(screen.getByTestId('plan-refusal')).toHaveTextContent('The exchange did not answer.'));
    await user.click(screen.getByRole('button', { name: /^Confirm again/ }));

    expect(await screen.findByTestId('plan-outcome')).toHaveTextContent('Bought 0.00618 BTC');
    const keys = keysSent(fetchMock);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(KEY);
  });

  it('sends one confirmation for a double click', async () => {
    let answer;
    const fetchMock = stubFetch((path) => (path === CONFIRM ? new Promise((resolve) => { answer = resolve; }) : undefined));
    const user = userEvent.setup();
    renderWithQueries(<Harness initial={fresh()} />);

    await user.dblClick(screen.getByTestId('plan-confirm'));
    await user.click(screen.getByTestId('plan-confirm'));
    expect(screen.getByTestId('plan-confirm')).toBeDisabled();
    expect(screen.getByTestId('plan-confirm')).toHaveTextContent('Confirming…');
    await act(async () => answer({ status: 200, body: planActive }));

    expect(await screen.findByTestId('plan-outcome')).toHaveTextContent('Bought');
    expect(callsTo(fetchMock, CONFIRM)).toHaveLength(1);
  });

  it('gives each plan its own key', async () => {
    const fetchMock = stubFetch((path) => {
      if (path === CONFIRM || path === '/api/operations/43/confirm/') {
        return problem(503, 'exchange_unavailable', 'Later.');
      }
      return undefined;
    });
    const user = userEvent.setup();
    const first = renderWithQueries(<Harness initial={fresh()} />);
    await user.click(screen.getByTestId('plan-confirm'));
    await screen.findByTestId('plan-refusal');
    first.unmount();
    renderWithQueries(<Harness initial={fresh(entryPlan({ operation_id: 43 }))} />);
    await user.click(screen.getByTestId('plan-confirm'));
    await screen.findByTestId('plan-refusal');

    const keys = fetchMock.mock.calls.map(([, init]) => init.headers['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('shows a refusal with its reason and code, and the plan can no longer be confirmed', async () => {
    const changed = vi.fn();
    stubFetch((path) => (path === CONFIRM ? problem(422, 'price_drift', 'The ask 90120.00 is above the plan’s entry max 90045.00.') : undefined));
    const user = userEvent.setup();
    renderWithQueries(<Harness initial={fresh()} onChange={changed} />);

    await user.click(screen.getByTestId('plan-confirm'));

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('The price moved above the entry max: The ask 90120.00 is above the plan’s entry max 90045.00. (price_drift)');
    expect(refusal).toHaveAttribute('data-code', 'price_drift');
    expect(screen.getByTestId('plan-status')).toHaveTextContent('REJECTED');
    expect(changed).toHaveBeenCalledWith(expect.objectContaining({ status: 'REJECTED', failure: 'price_drift' }));
    expect(screen.queryByTestId('plan-confirm')).not.toBeInTheDocument();
  });

  it('marks an expired plan EXPIRED when the server says so', async () => {
    stubFetch((path) => (path === CONFIRM ? problem(422, 'plan_expired', 'Plan 42 expired at 2026-01-05T12:02:00Z.') : undefined));
    const user = userEvent.setup();
    renderWithQueries(<Harness initial={fresh()} />);

    await user.click(screen.getByTestId('plan-confirm'));

    await waitFor(() => expect(screen.getByTestId('plan-status')).toHaveTextContent('EXPIRED'));
    expect(screen.getByTestId('plan-outcome')).toHaveTextContent('The plan expired: nothing was bought.');
  });

  it('reads the plan again when it is no longer PLANNED, and shows what it became', async () => {
    const fetchMock = stubFetch((path) => {
      if (path === CONFIRM) {
        return problem(409, 'illegal_transition', 'Operation 42 is CANCELLED.');
      }
      return path === '/api/operations/42/plan/' ? { status: 200, body: planCancelled } : undefined;
    });
    const user = userEvent.setup();
    renderWithQueries(<Harness initial={fresh()} />);

    await user.click(screen.getByTestId('plan-confirm'));

    await waitFor(() => expect(screen.getByTestId('plan-status')).toHaveTextContent('CANCELLED'));
    expect(screen.getByRole('alert')).toHaveTextContent('The plan can no longer change: Operation 42 is CANCELLED. (illegal_transition)');
    expect(callsTo(fetchMock, '/api/operations/42/plan/')).toHaveLength(1);
  });

  it('cancels a plan, and Dismiss clears the card', async () => {
    const fetchMock = stubFetch((path) => (path === '/api/operations/42/cancel/' ? { status: 200, body: planCancelled } : undefined));
    const user = userEvent.setup();
    renderWithQueries(<Harness initial={fresh()} />);

    await user.click(screen.getByRole('button', { name: 'Cancel plan' }));

    expect(await screen.findByTestId('plan-outcome')).toHaveTextContent('The plan was cancelled: nothing was bought.');
    expect(callsTo(fetchMock, '/api/operations/42/cancel/')[0][1].method).toBe('POST');
    expect(callsTo(fetchMock, CONFIRM)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByText('dismissed')).toBeInTheDocument();
  });

  it('stops offering the confirmation when its time runs out on the page clock', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-05T12:01:55Z'));
    stubFetch(() => undefined);
    renderWithQueries(<Harness initial={entryPlan()} />);
    expect(screen.getByTestId('plan-confirm')).toBeEnabled();

    await act(async () => {
      vi.advanceTimersByTime(5_000);
    });

    expect(screen.getByTestId('plan-status')).toHaveTextContent('EXPIRED');
    expect(screen.queryByTestId('plan-confirm')).not.toBeInTheDocument();
    expect(screen.getByTestId('plan-outcome')).toHaveTextContent('The plan expired');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { entryPlan, levelsAnswer, marketSymbols, riskPaused, riskStatus, strategies } from '../../../test/fixtures.js';
import { callsTo, problem, stubFetch } from '../../../test/http.js';
import { renderWithQueries } from '../../../test/render.jsx';
import { PlanningPanel, usePlanning } from '../index.js';

/** The dashboard's part: it owns the symbol and hands the overlay to the chart. */
function Dashboardish({ initialSymbol = 'BTCUSDC', held = [] }) {
  const [symbol, setSymbol] = useState(initialSymbol);
  const [picked, setPicked] = useState(false);
  const planning = usePlanning(symbol);
  return (
    <>
      <p data-testid="dashboard-symbol">{symbol}</p>
      <PlanningPanel
        planning={planning}
        symbol={symbol}
        held={held}
        picked={picked}
        onSymbolChange={(next) => {
          setSymbol(next);
          setPicked(true);
        }}
      />
      <ul aria-label="overlay">
        {planning.overlay.map((line) => (
          <li key={line.title}>{`${line.kind} ${line.title} ${line.price}`}</li>
        ))}
      </ul>
    </>
  );
}

function serve({
  risk = riskStatus(),
  plan = () => ({ status: 201, body: { ...entryPlan(), expires_at: new Date(Date.now() + 120_000).toISOString() } }),
  waiting = [],
} = {}) {
  return stubFetch((path, init) => {
    if (path === '/api/strategies/') return { status: 200, body: strategies };
    if (path === '/api/operations/plans/waiting/') return { status: 200, body: { plans: waiting } };
    if (path === '/api/market/symbols/') return { status: 200, body: marketSymbols };
    if (path === '/api/risk/status/') return { status: 200, body: risk };
    if (path.startsWith('/api/analysis/levels/BTCUSDC/')) return { status: 200, body: levelsAnswer };
    if (path.startsWith('/api/analysis/levels/ETHUSDC/')) return { status: 200, body: { ...levelsAnswer, symbol: 'ETHUSDC', levels: [], technical_level: undefined, stop_loss: undefined } };
    if (path === '/api/operations/plan/' && init.method === 'POST') return plan(JSON.parse(init.body));
    return undefined;
  });
}

describe('PlanningPanel', () => {
  it('offers the strategies and the market’s symbols, and keeps the budget in view', async () => {
    serve();
    renderWithQueries(<Dashboardish />);

    const strategy = await screen.findByRole('combobox', { name: 'Strategy' });
    await waitFor(() => expect(within(strategy).getAllByRole('option')).toHaveLength(2));
    expect(strategy).toHaveDisplayValue('BTC Spot Manual · 15m · support L2 · 1% risk');
    const symbol = screen.getByRole('combobox', { name: 'Symbol' });
    await waitFor(() => expect(within(symbol).getAllByRole('option').map((option) => option.value)).toEqual(['BTCUSDC', 'ETHUSDC']));
    expect(symbol).toHaveValue('BTCUSDC');
    expect(await screen.findByTestId('budget-remaining')).toHaveTextContent('$30.85 of $41.12');
    expect(screen.getByRole('button', { name: 'Activate Monitoring' })).toBeEnabled();
  });

  it('plans with exactly the strategy and symbol chosen, and shows the plan’s card', async () => {
    const fetchMock = serve();
    const user = userEvent.setup();
    renderWithQueries(<Dashboardish />);
    await waitFor(() => expect(screen.getAllByRole('option', { name: /ETH Third Support/ })).toHaveLength(1));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Strategy' }), '2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Symbol' }), 'ETHUSDC');
    await user.click(screen.getByRole('button', { name: 'Activate Monitoring' }));

    expect(await screen.findByRole('article', { name: /Plan #42/ })).toBeInTheDocument();
    const [, init] = callsTo(fetchMock, '/api/operations/plan/')[0];
    expect(init.body).toBe('{"strategy_id":2,"symbol":"ETHUSDC"}');
    expect(callsTo(fetchMock, '/api/analysis/levels/ETHUSDC/?strategy_id=2')).not.toHaveLength(0);
    // One plan at a time: the next waits until this one is confirmed, cancelled or expired.
    expect(screen.getByRole('button', { name: 'Activate Monitoring' })).toBeDisabled();
  });

  it('starts a tenant that holds the dashboard’s symbol on a free one, and the dashboard follows the plan', async () => {
    // The demo tenant: Operation #1 holds BTCUSDC, so planning it is a duplicate_position.
    const fetchMock = serve({
      plan: (body) => ({ status: 201, body: { ...entryPlan(), symbol: body.symbol, expires_at: new Date(Date.now() + 120_000).toISOString() } }),
    });
    const user = userEvent.setup();
    renderWithQueries(<Dashboardish held={['BTCUSDC']} />);
    const symbol = screen.getByRole('combobox', { name: 'Symbol' });
    await waitFor(() => expect(symbol).toHaveValue('ETHUSDC'));
    expect(screen.getByTestId('dashboard-symbol')).toHaveTextContent('BTCUSDC');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Activate Monitoring' })).toBeEnabled());

    await user.click(screen.getByRole('button', { name: 'Activate Monitoring' }));

    expect(await screen.findByRole('article', { name: /Plan #42/ })).toBeInTheDocument();
    const [, init] = callsTo(fetchMock, '/api/operations/plan/')[0];
    expect(init.body).toBe('{"strategy_id":1,"symbol":"ETHUSDC"}');
    // The chart follows the plan it overlays.
    expect(screen.getByTestId('dashboard-symbol')).toHaveTextContent('ETHUSDC');
  });

  it('restores a plan still waiting after a reload, with what is left of its countdown', async () => {
    // Planned 30 s before the page loaded: 120 − 30 = 90 s left, shown as 1:30.
    const waiting = { ...entryPlan(), expires_at: new Date(Date.now() + 90_000).toISOString() };
    const fetchMock = serve({ waiting: [waiting] });
    renderWithQueries(<Dashboardish />);

    const card = await screen.findByRole('article', { name: /Plan #42/ });
    expect(within(card).getByRole('timer')).toHaveTextContent(/^1:(30|29)$/);
    expect(callsTo(fetchMock, '/api/operations/plan/')).toHaveLength(0);
    // One plan at a time, as before the reload.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Activate Monitoring' })).toBeDisabled());
    expect(within(card).getByRole('button', { name: /^Confirm: buy/ })).toBeEnabled();
  });

  it('overlays the levels of the symbol, and the plan’s entry, stop and target once planned', async () => {
    serve();
    const user = userEvent.setup();
    renderWithQueries(<Dashboardish />);
    const overlay = screen.getByRole('list', { name: 'overlay' });

    await waitFor(() => expect(overlay).toHaveTextContent('chosen L2 support 88650.00'));
    expect(overlay).toHaveTextContent('level L1 89960.00');
    expect(overlay).toHaveTextContent('stop Technical stop 88650.00');
    await user.click(screen.getByRole('button', { name: 'Activate Monitoring' }));
    await waitFor(() => expect(overlay).toHaveTextContent('target Plan target 92700.00'));
    expect(overlay).toHaveTextContent('entry Plan entry 90000.00');
    expect(overlay).toHaveTextContent('stop Plan stop 88650.00');
  });

  it('shows the budget PAUSED and plans nothing', async () => {
    const fetchMock = serve({ risk: riskPaused });
    renderWithQueries(<Dashboardish />);

    expect(await screen.findByTestId('budget-paused')).toHaveTextContent('PAUSED');
    expect(screen.getByRole('button', { name: 'Activate Monitoring' })).toBeDisabled();
    expect(screen.getByText('No plan this month: the risk budget is paused.')).toBeInTheDocument();
    expect(callsTo(fetchMock, '/api/operations/plan/')).toHaveLength(0);
  });

  it('shows a refused plan with the rule, the server’s sentence and its code', async () => {
    serve({ plan: () => problem(422, 'monthly_budget_exhausted', 'The plan would risk 10.27 USDC; the month’s remaining budget is 4.10 USDC.') });
    const user = userEvent.setup();
    renderWithQueries(<Dashboardish />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Activate Monitoring' })).toBeEnabled());

    await user.click(screen.getByRole('button', { name: 'Activate Monitoring' }));

    const refusal = await screen.findByTestId('planning-refusal');
    expect(refusal).toHaveAttribute('role', 'alert');
    expect(refusal).toHaveTextContent(
      "The month's risk budget is used up: The plan would risk 10.27 USDC; the month’s remaining budget is 4.10 USDC. (monthly_budget_exhausted)",
    );
    expect(screen.queryByTestId('plan-card')).not.toBeInTheDocument();
  });
});

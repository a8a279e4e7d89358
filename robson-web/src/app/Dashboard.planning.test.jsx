import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../lib/api-client.js';
import {
  accountSummary, candleHistory, entryPlan, levelsAnswer, marketSymbols, portfolio, position1, quote, riskStatus, strategies,
} from '../test/fixtures.js';
import { callsTo, stubFetch } from '../test/http.js';
import { renderSignedIn } from '../test/render.jsx';

vi.mock('lightweight-charts', async () => (await import('../test/chart-mock.js')).fakeLightweightCharts());
vi.mock('react-toastify/unstyled', () => ({ toast: { error: vi.fn(), success: vi.fn() } }));

const { Dashboard } = await import('./Dashboard.jsx');

const ethLevels = {
  ...levelsAnswer,
  symbol: 'ETHUSDC',
  entry_reference: '3000.00',
  levels: [
    { price: '2985.00', members: 2, last_touch_time: '2026-01-05T10:15:00Z' },
    { price: '2955.00', members: 3, last_touch_time: '2026-01-05T04:30:00Z' },
  ],
  skipped_levels: [],
  technical_level: '2955.00',
  stop_loss: '2955.00',
  atr: '14.20',
};

function ethPlan() {
  return entryPlan({
    operation_id: 43,
    symbol: 'ETHUSDC',
    entry_reference: '3000.00',
    entry_max: '3001.50',
    technical_level: '2955.00',
    stop_loss: '2955.00',
    take_profit: '3090.00',
    quantity: '0.2150',
    sellable_quantity: '0.2147',
    notional: '645.32',
    planned_risk: '10.21',
    planned_risk_percent: '0.9932',
    levels: ethLevels.levels,
    expires_at: new Date(Date.now() + 120_000).toISOString(),
  });
}

const ethPosition = {
  ...position1,
  operation_id: 43,
  symbol: 'ETHUSDC',
  quantity: '0.2150',
  entry_price: '3000.80',
  current_price: '3001.00',
  stop_loss: '2955.00',
  take_profit: '3092.40',
  unrealized_pnl: '0.04',
  unrealized_pnl_percent: '0.01',
  position_value: '645.22',
  cost_basis: '645.17',
};

function serve() {
  let bought = false;
  const fetchMock = stubFetch((path, init) => {
    if (path.startsWith('/api/portfolio/positions/')) return { status: 200, body: portfolio(bought ? [position1, ethPosition] : [position1]) };
    if (path.startsWith('/api/market/price/ETHUSDC/')) return { status: 200, body: quote('3000.50', { symbol: 'ETHUSDC', base_asset: 'ETH', bid: '3000.00', ask: '3001.00' }) };
    if (path.startsWith('/api/market/price/')) return { status: 200, body: quote() };
    if (path.startsWith('/api/historical-data/')) return { status: 200, body: candleHistory() };
    if (path.startsWith('/api/account/summary/')) return { status: 200, body: accountSummary };
    if (path.startsWith('/api/operations/?')) return { status: 200, body: { operations: [] } };
    if (path === '/api/strategies/') return { status: 200, body: strategies };
    if (path === '/api/operations/plans/waiting/') return { status: 200, body: { plans: [] } };
    if (path === '/api/market/symbols/') return { status: 200, body: marketSymbols };
    if (path === '/api/risk/status/') return { status: 200, body: riskStatus() };
    if (path.startsWith('/api/analysis/levels/ETHUSDC/')) return { status: 200, body: ethLevels };
    if (path.startsWith('/api/analysis/levels/')) return { status: 200, body: levelsAnswer };
    if (path === '/api/operations/plan/' && init.method === 'POST') return { status: 201, body: ethPlan() };
    if (path === '/api/operations/43/confirm/' && init.method === 'POST') {
      bought = true;
      return { status: 200, body: { ...ethPlan(), status: 'ACTIVE', filled_quantity: '0.2150', entry_price: '3000.80', take_profit: '3092.40' } };
    }
    return undefined;
  });
  return fetchMock;
}

function renderDashboard() {
  setAccessToken('token');
  return renderSignedIn(<Dashboard />);
}

function legendTitles() {
  return [...screen.getByRole('list', { name: 'Price lines on the chart' }).querySelectorAll('li')].map((item) => item.dataset.title);
}

describe('Dashboard planning', () => {
  it('plans a symbol not held, overlays it on the chart, confirms it and shows the new position', async () => {
    const fetchMock = serve();
    const user = userEvent.setup();
    renderDashboard();
    const panel = await screen.findByRole('region', { name: 'Plan an entry' });
    await screen.findByRole('article', { name: /Operation #1/ });
    await waitFor(() => expect(within(panel).getAllByRole('option', { name: 'ETHUSDC' })).toHaveLength(1));

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Symbol' }), 'ETHUSDC');
    expect(await screen.findByRole('heading', { name: /Chart · ETHUSDC/ })).toBeInTheDocument();
    await waitFor(() => expect(legendTitles()).toEqual(['L1', 'L2 support', 'Technical stop']));

    await user.click(within(panel).getByRole('button', { name: 'Activate Monitoring' }));
    const card = await within(panel).findByRole('article', { name: 'Plan #43 · ETH/USDC LONG' });
    expect(within(card).getByTestId('plan-stop')).toHaveTextContent('$2,955.00');
    await waitFor(() => expect(legendTitles()).toEqual(['L1', 'L2 support', 'Plan entry', 'Plan stop', 'Plan target']));

    await user.click(within(card).getByRole('button', { name: /^Confirm: buy 0\.2150 ETH at up to \$3,001\.50$/ }));

    expect(await within(card).findByTestId('plan-outcome')).toHaveTextContent('Bought 0.2150 ETH at $3,000.80: operation #43 is guarded');
    expect(await screen.findByRole('article', { name: /Operation #43/ })).toBeInTheDocument();
    await waitFor(() => expect(legendTitles()).toEqual(['Entry', 'Stop', 'Target', 'L1', 'L2 support', 'Technical stop']));
    expect(callsTo(fetchMock, '/api/operations/43/confirm/')).toHaveLength(1);
  });

  it('gives the chart back to the ticker’s symbol when the trader picks one there', async () => {
    serve();
    const user = userEvent.setup();
    renderDashboard();
    const panel = await screen.findByRole('region', { name: 'Plan an entry' });
    await waitFor(() => expect(within(panel).getAllByRole('option', { name: 'ETHUSDC' })).toHaveLength(1));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Symbol' }), 'ETHUSDC');
    await screen.findByRole('heading', { name: /Chart · ETHUSDC/ });

    const ticker = screen.getByRole('region', { name: 'Price' });
    await user.selectOptions(within(ticker).getByRole('combobox', { name: 'Symbol' }), 'BTCUSDC');

    expect(await screen.findByRole('heading', { name: /Chart · BTCUSDC/ })).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Symbol' })).toHaveValue('BTCUSDC');
  });
});

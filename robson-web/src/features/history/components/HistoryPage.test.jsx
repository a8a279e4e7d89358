import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsTo, stubFetch } from '../../../test/http.js';
import { renderSignedIn } from '../../../test/render.jsx';

vi.mock('lightweight-charts', async () => (await import('../../../test/chart-mock.js')).fakeLightweightCharts());
const { default: HistoryPage } = await import('./HistoryPage.jsx');

const TRADE = {
  operation_id: 3, symbol: 'BTCUSDC', side: 'BUY', direction: 'LONG', quantity: '0.00100', entry_price: '90000.00',
  exit_price: '100000.00', realized_pnl: '10.00', realized_pnl_net: '10.00', fees: '0.00', close_reason: 'TAKE_PROFIT',
  quote_asset: 'USDC', opened_at: '2026-11-02T09:00:00Z', closed_at: '2026-11-02T10:00:00Z', duration_seconds: 3600,
};

function serve() {
  return stubFetch((path) => {
    if (path.startsWith('/api/portfolio/history/')) {
      return { status: 200, body: { trades: path.includes('reason=STOP_LOSS') ? [] : [TRADE], truncated: false } };
    }
    if (path.startsWith('/api/portfolio/performance/')) {
      return { status: 200, body: { performance: [] } };
    }
    return { status: 200, body: { daily: [] } };
  });
}

function renderPage(path) {
  return renderSignedIn(<HistoryPage />, { path });
}

describe('HistoryPage', () => {
  it('reads the filters from the address and sends them to the server', async () => {
    const fetchMock = serve();
    renderPage('/history?symbol=BTCUSDC&from=2026-11-01&to=2026-11-30');

    const row = await screen.findByTestId('history-row');
    expect(within(row).getByRole('link', { name: 'Operation 3' })).toHaveAttribute('href', '/operations/3');
    expect(row).toHaveTextContent('Target hit');
    expect(row).toHaveTextContent('1 h');
    expect(callsTo(fetchMock, '/api/portfolio/history/')[0][0]).toBe('/api/portfolio/history/?from=2026-11-01&to=2026-11-30&symbol=BTCUSDC');
    expect(callsTo(fetchMock, '/api/portfolio/performance/')[0][0]).toBe('/api/portfolio/performance/?from=2026-11-01&to=2026-11-30');
    expect(screen.getByLabelText('Symbol')).toHaveValue('BTCUSDC');
  });

  it('applies a reason filter and says when nothing matches', async () => {
    const fetchMock = serve();
    const user = userEvent.setup();
    renderPage('/history');
    await screen.findByTestId('history-row');

    await user.selectOptions(screen.getByLabelText('Reason'), 'STOP_LOSS');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(await screen.findByTestId('no-history')).toHaveTextContent('No closed operation matches these filters.');
    await waitFor(() => expect(callsTo(fetchMock, '/api/portfolio/history/?reason=STOP_LOSS')).toHaveLength(1));
  });
});

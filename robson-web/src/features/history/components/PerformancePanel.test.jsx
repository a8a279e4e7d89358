import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loaded } from '../../../test/loadables.js';
import { renderWithQueries } from '../../../test/render.jsx';

vi.mock('lightweight-charts', async () => {
  const base = (await import('../../../test/chart-mock.js')).fakeLightweightCharts();
  const createChart = vi.fn(() => ({ ...base.createChart(), timeScale: () => ({ fitContent: vi.fn() }) }));
  return { ...base, createChart, LineSeries: 'Line' };
});
const { PerformancePanel } = await import('./PerformancePanel.jsx');

const USDC = {
  quote_asset: 'USDC', trades: 5, wins: 2, losses: 3, win_rate_percent: '40.00', realized_pnl: '20.00',
  realized_pnl_net: '20.00', fees: '0.00', average_win: '15.00', average_loss: '-3.33', profit_factor: '3.00',
  expectancy: '4.00', best: '20.00', worst: '-4.00', max_drawdown: '10.00', average_duration_seconds: 20520,
};
const BTC = { ...USDC, quote_asset: 'BTC', trades: 1, wins: 1, losses: 0, realized_pnl: '0.00010000', profit_factor: null, average_loss: null };

describe('PerformancePanel', () => {
  it('formats each quote asset’s figures apart, and says when a figure is undefined', async () => {
    const daily = loaded({ daily: [{ day: '2026-11-02', quote_asset: 'USDC', trades: 2, realized_pnl: '6.00', realized_pnl_net: '6.00', equity: '6.00' }] });
    renderWithQueries(<PerformancePanel performance={loaded({ performance: [BTC, USDC] })} daily={daily} />);

    const usdc = screen.getAllByTestId('performance-figures').find((section) => section.dataset.quoteAsset === 'USDC');
    expect(within(usdc).getByText('5 (2 won, 3 lost)')).toBeInTheDocument();
    expect(within(usdc).getByText('40.00%')).toBeInTheDocument();
    expect(within(usdc).getByText('−$3.33')).toBeInTheDocument();
    expect(usdc.querySelector('[data-figure="average_duration_seconds"]')).toHaveTextContent('5 h 42 min');
    const btc = screen.getAllByTestId('performance-figures').find((section) => section.dataset.quoteAsset === 'BTC');
    expect(btc.querySelector('[data-figure="realized_pnl"]')).toHaveTextContent('+0.00010000 BTC');
    expect(btc.querySelector('[data-figure="profit_factor"]')).toHaveTextContent('— (no losses)');
    // The charts follow the first quote asset, BTC, which has no daily figure here.
    expect(await screen.findByText('No daily figures in BTC yet.')).toBeInTheDocument();
  });

  it('draws the daily bars and equity of the chosen quote asset, with the days as a table', async () => {
    const daily = loaded({ daily: [
      { day: '2026-11-02', quote_asset: 'USDC', trades: 2, realized_pnl: '6.00', realized_pnl_net: '6.00', equity: '6.00' },
      { day: '2026-11-03', quote_asset: 'USDC', trades: 2, realized_pnl: '-6.00', realized_pnl_net: '-6.00', equity: '0.00' },
    ] });
    renderWithQueries(<PerformancePanel performance={loaded({ performance: [USDC] })} daily={daily} />);

    expect(await screen.findByTestId('performance-charts')).toHaveAttribute('data-days', '2');
    const rows = within(screen.getByTestId('daily-table')).getAllByRole('row').slice(1);
    expect(rows[1]).toHaveTextContent('2026-11-03');
    expect(rows[1]).toHaveTextContent('−$6.00');
  });

  it('says so when nothing closed in the period', () => {
    renderWithQueries(<PerformancePanel performance={loaded({ performance: [] })} daily={loaded({ daily: [] })} />);
    expect(screen.getByTestId('no-performance')).toHaveTextContent('No operation closed in this period.');
  });
});

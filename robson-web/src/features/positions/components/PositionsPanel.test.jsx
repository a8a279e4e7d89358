import { screen, within } from '@testing-library/react';
import { renderWithQueries as render } from '../../../test/render.jsx';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client.js';
import { ethShort, portfolio, position1 } from '../../../test/fixtures.js';
import { failed, loaded, loading } from '../../../test/loadables.js';
import { PositionsPanel } from './PositionsPanel.jsx';

describe('PositionsPanel', () => {
  it('shows a spinner while the positions load', () => {
    render(<PositionsPanel positions={loading()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading open positions');
  });

  it('shows each position with symbol, side, quantity, prices, P&L, stop and target', () => {
    render(<PositionsPanel positions={loaded(portfolio())} />);

    const card = screen.getByRole('article', { name: /BTC\/USDC Operation #1/ });
    const figures = within(card);
    expect(figures.getByTestId('direction')).toHaveTextContent('LONG · BUY');
    expect(figures.getByTestId('quantity')).toHaveTextContent('0.00033 BTC');
    expect(figures.getByTestId('entry-price')).toHaveTextContent('$88,837.92');
    expect(figures.getByTestId('current-price')).toHaveTextContent('$89,245.00');
    expect(figures.getByText('Current (bid)')).toBeInTheDocument();
    expect(figures.getByTestId('stop-loss')).toHaveTextContent('$87,061.16 (−2.45%)');
    expect(figures.getByTestId('take-profit')).toHaveTextContent('$92,391.44 (+3.53%)');
    expect(figures.getByTestId('risk-at-stop')).toHaveTextContent('−$0.59');
    expect(figures.getByTestId('reward-at-target')).toHaveTextContent('+$1.17');
    expect(figures.getByTestId('position-value')).toHaveTextContent('$29.45');
    expect(figures.getByText(/Opened 22 Dec 2025, 14:30 UTC/)).toBeInTheDocument();
  });

  it('shows the P&L with its sign, amount and percent, and says profit or loss in words', () => {
    render(<PositionsPanel positions={loaded(portfolio([position1, ethShort]))} />);

    const [gain, loss] = screen.getAllByRole('article').map((card) => within(card).getByTestId('pnl-badge'));
    expect(gain).toHaveTextContent('Unrealized P&L: profit ▲ +$0.13 (+0.46%)');
    expect(gain).toHaveAttribute('data-tone', 'profit');
    expect(gain).toHaveClass('bg-success');
    expect(loss).toHaveTextContent('Unrealized P&L: loss ▼ −$1.00 (−3.33%)');
    expect(loss).toHaveClass('bg-danger');
    expect(screen.getByText('Current (ask)')).toBeInTheDocument();
    expect(screen.getAllByTestId('direction')[1]).toHaveTextContent('SHORT · SELL');
  });

  it('shows the portfolio totals and the SIMULATED and PAPER badges', () => {
    render(<PositionsPanel positions={loaded(portfolio())} />);
    const totals = screen.getByTestId('portfolio-totals');
    expect(totals).toHaveTextContent('USDC');
    expect(totals).toHaveTextContent('1 position');
    expect(totals).toHaveTextContent('value $29.45');
    expect(totals).toHaveTextContent('+$0.13 (+0.46%)');
    // Net of fees paid and the exit's estimated fee, as the server summed it.
    expect(screen.getByTestId('portfolio-net')).toHaveTextContent('after fees +$0.10');
    expect(screen.getByTestId('badge-simulated')).toBeInTheDocument();
    expect(screen.getByTestId('badge-paper')).toBeInTheDocument();
  });

  it('says so when there is no open position', () => {
    render(<PositionsPanel positions={loaded(portfolio([]))} />);
    expect(screen.getByTestId('no-positions')).toHaveTextContent('No open positions');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows the error and a retry when the first read fails', () => {
    render(<PositionsPanel positions={failed(new ApiError({ status: 503, detail: 'The database is unavailable.' }))} />);
    expect(screen.getByText('The database is unavailable.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('marks the data stale, in amber and in words, when it is older than two intervals', () => {
    vi.useFakeTimers();
    render(<PositionsPanel positions={loaded(portfolio(), { updatedAt: Date.now() - 12_000, intervalMs: 5_000 })} />);
    const indicator = screen.getByTestId('stale-indicator');
    expect(indicator).toHaveAttribute('data-stale', 'true');
    expect(indicator).toHaveTextContent('updated 12 s ago · stale');
  });

  it('flags a stale price on the card itself', () => {
    render(<PositionsPanel positions={loaded(portfolio([{ ...position1, price_stale: true }]))} />);
    expect(screen.getByText('STALE PRICE')).toBeInTheDocument();
  });
});

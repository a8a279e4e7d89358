import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client.js';
import { quote } from '../../../test/fixtures.js';
import { failed, loaded, loading } from '../../../test/loadables.js';
import { PriceTicker } from './PriceTicker.jsx';

function ticker(price, props = {}) {
  return <PriceTicker price={price} symbol="BTCUSDC" symbols={['BTCUSDC', 'ETHUSDC']} onSymbolChange={() => {}} {...props} />;
}

describe('PriceTicker', () => {
  it('shows a spinner until the first quote', () => {
    render(ticker(loading(1_000)));
    expect(screen.getByRole('status')).toHaveTextContent('Loading price');
  });

  it('formats the price as $89,245.50 with bid, ask and the spread in $ and %', () => {
    render(ticker(loaded(quote('89245.50'), { intervalMs: 1_000 })));
    expect(screen.getByTestId('price-last')).toHaveTextContent('$89,245.50');
    expect(screen.getByText('Bid $89,245.00')).toBeInTheDocument();
    expect(screen.getByText('Ask $89,246.00')).toBeInTheDocument();
    expect(screen.getByTestId('price-spread')).toHaveTextContent('Spread $1.00 (0.0011%)');
    expect(screen.getByTestId('badge-simulated')).toBeInTheDocument();
    expect(screen.queryByTestId('price-direction')).not.toBeInTheDocument();
  });

  it('shows ↑ in green when the price rose and ↓ in red when it fell, in words too', () => {
    const { rerender } = render(ticker(loaded(quote('89245.50'))));
    rerender(ticker(loaded(quote('89245.51'))));
    let direction = screen.getByTestId('price-direction');
    expect(direction).toHaveAttribute('data-direction', 'up');
    expect(direction).toHaveClass('text-success');
    expect(direction).toHaveTextContent('↑up since the previous price');

    rerender(ticker(loaded(quote('89100.00'))));
    direction = screen.getByTestId('price-direction');
    expect(direction).toHaveAttribute('data-direction', 'down');
    expect(direction).toHaveClass('text-danger');

    rerender(ticker(loaded(quote('89100.00'))));
    expect(screen.getByTestId('price-direction')).toHaveAttribute('data-direction', 'down');
  });

  it('starts afresh when another symbol is chosen', () => {
    const { rerender } = render(ticker(loaded(quote('89245.50'))));
    rerender(ticker(loaded(quote('89246.50'))));
    rerender(ticker(loaded(quote('3100.00', { symbol: 'ETHUSDC' })), { symbol: 'ETHUSDC' }));
    expect(screen.queryByTestId('price-direction')).not.toBeInTheDocument();
  });

  it('lets the trader pick among the symbols of the open positions', async () => {
    const onSymbolChange = vi.fn();
    render(ticker(loaded(quote()), { onSymbolChange }));
    const picker = screen.getByLabelText('Symbol');
    expect([...picker.options].map((option) => option.value)).toEqual(['BTCUSDC', 'ETHUSDC']);
    await userEvent.selectOptions(picker, 'ETHUSDC');
    expect(onSymbolChange).toHaveBeenCalledWith('ETHUSDC');
  });

  it('keeps the picker usable when the price fails, and shows the error', () => {
    render(ticker(failed(new ApiError({ status: 503, code: 'market_unavailable', detail: 'The market is unavailable.' }), 1_000)));
    expect(screen.getByText('The market is unavailable.')).toBeInTheDocument();
    expect(screen.getByLabelText('Symbol')).toBeEnabled();
  });

  it('goes amber when the last quote is older than two seconds', () => {
    vi.useFakeTimers();
    render(ticker(loaded(quote(), { updatedAt: Date.now() - 4_000, intervalMs: 1_000 })));
    expect(screen.getByTestId('stale-indicator')).toHaveAttribute('data-stale', 'true');
    expect(screen.getByTestId('stale-indicator')).toHaveTextContent('updated 4 s ago · stale');
  });

  it('says when the server itself holds an old quote', () => {
    render(ticker(loaded(quote('89245.50', { stale: true, age_seconds: 75 }))));
    expect(screen.getByText(/quote 75 s old/)).toBeInTheDocument();
  });
});

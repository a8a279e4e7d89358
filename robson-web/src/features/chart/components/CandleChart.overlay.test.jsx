import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { candleHistory, position1, quote } from '../../../test/fixtures.js';
import { loaded } from '../../../test/loadables.js';

vi.mock('lightweight-charts', async () => (await import('../../../test/chart-mock.js')).fakeLightweightCharts());

const { createChart } = await import('lightweight-charts');
const { CandleChart } = await import('./CandleChart.jsx');

const overlay = [
  { kind: 'level', price: '89960.00', title: 'L1', quoteAsset: 'USDC' },
  { kind: 'chosen', price: '88650.00', title: 'L2 support', quoteAsset: 'USDC' },
  { kind: 'stop', price: '88650.00', title: 'Plan stop', quoteAsset: 'USDC' },
];

function drawnLines() {
  const chart = createChart.mock.results.at(-1).value;
  const candles = chart.addSeries.mock.results[0].value;
  return candles.createPriceLine.mock.calls.map(([line]) => line);
}

describe('CandleChart overlay', () => {
  it('draws the caller’s lines after the positions’, levels grey and dotted without an axis label', async () => {
    render(
      <CandleChart symbol="BTCUSDC" candles={loaded(candleHistory())} price={loaded(quote())} positions={[position1]} overlay={overlay} />,
    );
    const canvas = await screen.findByTestId('chart-canvas');

    expect(drawnLines().map((line) => [line.title, line.price, line.color, line.lineStyle, line.lineWidth, line.axisLabelVisible])).toEqual([
      ['Entry', 88837.92, '#0d6efd', 0, 2, true],
      ['Stop', 87061.16, '#dc3545', 2, 2, true],
      ['Target', 92391.44, '#198754', 2, 2, true],
      ['L1', 89960, '#adb5bd', 1, 1, false],
      ['L2 support', 88650, '#495057', 0, 2, true],
      ['Plan stop', 88650, '#dc3545', 2, 2, true],
    ]);
    expect(JSON.parse(canvas.dataset.priceLines).map((line) => line.title)).toEqual(['Entry', 'Stop', 'Target', 'L1', 'L2 support', 'Plan stop']);
    const legend = screen.getByRole('list', { name: 'Price lines on the chart' });
    expect(legend.querySelector('[data-line="level"]')).toHaveTextContent('L1 $89,960.00');
    expect(legend.querySelector('[data-line="chosen"]')).toHaveTextContent('L2 support $88,650.00');
  });

  it('draws the overlay alone when no position holds the symbol', async () => {
    render(<CandleChart symbol="BTCUSDC" candles={loaded(candleHistory())} price={loaded(quote())} positions={[]} overlay={overlay} />);
    await screen.findByTestId('chart-canvas');

    expect(drawnLines().map((line) => line.title)).toEqual(['L1', 'L2 support', 'Plan stop']);
    expect(screen.queryByText(/No open position in this symbol/)).not.toBeInTheDocument();
  });
});

import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client.js';
import { candleHistory, position1, quote } from '../../../test/fixtures.js';
import { failed, loaded, loading } from '../../../test/loadables.js';

const chartApi = vi.hoisted(() => {
  const state = { charts: [] };
  function series(kind) {
    const lines = [];
    return {
      kind,
      setData: vi.fn(),
      update: vi.fn(),
      applyOptions: vi.fn(),
      createPriceLine: vi.fn((options) => {
        const line = { options: () => options };
        lines.push(line);
        return line;
      }),
      removePriceLine: vi.fn((line) => lines.splice(lines.indexOf(line), 1)),
      lines,
    };
  }
  state.createChart = vi.fn(() => {
    const chart = {
      series: [],
      addSeries: vi.fn((type) => {
        const created = series(type);
        chart.series.push(created);
        return created;
      }),
      applyOptions: vi.fn(),
      priceScale: vi.fn(() => ({ applyOptions: vi.fn() })),
      remove: vi.fn(),
    };
    state.charts.push(chart);
    return chart;
  });
  return state;
});

vi.mock('lightweight-charts', () => ({
  createChart: chartApi.createChart,
  CandlestickSeries: 'Candlestick',
  HistogramSeries: 'Histogram',
  LineStyle: { Solid: 0, Dashed: 2 },
}));

const { CandleChart } = await import('./CandleChart.jsx');

const history = candleHistory();
const forming = history.candles.at(-1);

function chart(props = {}) {
  return (
    <CandleChart
      symbol="BTCUSDC"
      candles={loaded(history, { intervalMs: 15_000 })}
      price={loaded(quote('89245.50', { timestamp: forming.open_time + 60 }), { intervalMs: 1_000 })}
      positions={[position1]}
      {...props}
    />
  );
}

describe('CandleChart', () => {
  beforeEach(() => {
    chartApi.charts.length = 0;
  });

  it('shows a spinner while the candles load and the error when they fail', () => {
    const { rerender } = render(chart({ candles: loading(15_000) }));
    expect(screen.getByRole('status')).toHaveTextContent(/Loading chart/);
    rerender(chart({ candles: failed(new ApiError({ status: 503, detail: 'Candles unavailable.' })) }));
    expect(screen.getByText('Candles unavailable.')).toBeInTheDocument();
  });

  it('draws the 672 candles and their volume, with marks around setData', async () => {
    performance.clearMeasures();
    render(chart());
    const canvas = await screen.findByTestId('chart-canvas');

    const [candles, volume] = chartApi.charts[0].series;
    expect(candles.kind).toBe('Candlestick');
    expect(candles.setData.mock.calls[0][0]).toHaveLength(672);
    expect(candles.setData.mock.calls[0][0][0]).toEqual({ time: history.candles[0].open_time, open: 89000, high: 89015, low: 88988, close: 89007 });
    expect(volume.setData.mock.calls[0][0]).toHaveLength(672);
    expect(volume.setData.mock.calls[0][0][0]).toMatchObject({ value: 1.25 });
    expect(canvas).toHaveAttribute('data-candles', '672');
    expect(performance.getEntriesByName('robson:chart:setData')).toHaveLength(1);
  });

  it('draws entry (blue), stop (red) and target (green) lines labelled with their prices', async () => {
    render(chart());
    const canvas = await screen.findByTestId('chart-canvas');
    const candles = chartApi.charts[0].series[0];

    expect(candles.createPriceLine.mock.calls.map(([line]) => [line.title, line.price, line.color, line.axisLabelVisible])).toEqual([
      ['Entry', 88837.92, '#0d6efd', true],
      ['Stop', 87061.16, '#dc3545', true],
      ['Target', 92391.44, '#198754', true],
    ]);
    expect(JSON.parse(canvas.dataset.priceLines)).toEqual([
      { title: 'Entry', price: 88837.92 },
      { title: 'Stop', price: 87061.16 },
      { title: 'Target', price: 92391.44 },
    ]);
    const legend = screen.getByRole('list', { name: 'Price lines on the chart' });
    expect(legend).toHaveTextContent('Entry $88,837.92');
    expect(legend).toHaveTextContent('Stop $87,061.16');
    expect(legend).toHaveTextContent('Target $92,391.44');
  });

  it('redraws the lines only when a stop or target moves', async () => {
    const { rerender } = render(chart());
    await screen.findByTestId('chart-canvas');
    const candles = chartApi.charts[0].series[0];
    rerender(chart({ positions: [{ ...position1, current_price: '89300.00' }] }));
    expect(candles.createPriceLine).toHaveBeenCalledTimes(3);
    rerender(chart({ positions: [{ ...position1, stop_loss: '88000.00' }] }));
    expect(candles.removePriceLine).toHaveBeenCalledTimes(3);
    expect(candles.createPriceLine).toHaveBeenCalledTimes(6);
    expect(candles.lines.map((line) => line.options().price)).toContain(88000);
  });

  it('moves the forming candle with each price tick', async () => {
    const { rerender } = render(chart());
    await screen.findByTestId('chart-canvas');
    const candles = chartApi.charts[0].series[0];
    rerender(chart({ price: loaded(quote('99999.99', { timestamp: forming.open_time + 120 }), { intervalMs: 1_000 }) }));
    expect(candles.update).toHaveBeenLastCalledWith(expect.objectContaining({ time: forming.open_time, close: 99999.99, high: 99999.99 }));
  });

  it('reads the candles again when the forming candle closes, once', async () => {
    const candlesLoadable = loaded(history, { intervalMs: 15_000 });
    const { rerender } = render(chart({ candles: candlesLoadable }));
    await screen.findByTestId('chart-canvas');
    const afterClose = loaded(quote('89250.00', { timestamp: forming.close_time + 1 }), { intervalMs: 1_000 });
    rerender(chart({ candles: candlesLoadable, price: afterClose }));
    rerender(chart({ candles: candlesLoadable, price: loaded(quote('89251.00', { timestamp: forming.close_time + 2 }), { intervalMs: 1_000 }) }));
    expect(candlesLoadable.refresh).toHaveBeenCalledTimes(1);
    expect(chartApi.charts[0].series[0].update).toHaveBeenLastCalledWith(expect.objectContaining({ time: forming.close_time }));
  });

  it('ignores ticks of another symbol', async () => {
    const { rerender } = render(chart());
    await screen.findByTestId('chart-canvas');
    const candles = chartApi.charts[0].series[0];
    const before = candles.update.mock.calls.length;
    rerender(chart({ price: loaded(quote('3100.00', { symbol: 'ETHUSDC', timestamp: forming.open_time + 300 })) }));
    expect(candles.update).toHaveBeenCalledTimes(before);
  });

  it('stays fresh while ticks arrive and turns amber when they stop', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const now = Date.now();
    render(
      chart({
        candles: loaded(history, { updatedAt: now - 10 * 60_000, intervalMs: 15_000 }),
        price: loaded(quote(), { updatedAt: now, intervalMs: 1_000 }),
      }),
    );
    const indicator = screen.getByTestId('stale-indicator');
    expect(indicator).toHaveAttribute('data-stale', 'false');
    await act(async () => vi.advanceTimersByTime(3_000));
    expect(indicator).toHaveAttribute('data-stale', 'true');
  });

  it('says there are no lines when no position holds the symbol, and removes the chart on unmount', async () => {
    const { unmount } = render(chart({ positions: [] }));
    await screen.findByTestId('chart-canvas');
    expect(screen.getByText(/No open position in this symbol/)).toBeInTheDocument();
    unmount();
    expect(chartApi.charts[0].remove).toHaveBeenCalled();
  });
});

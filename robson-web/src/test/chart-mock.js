import { vi } from 'vitest';

/** A stand-in for lightweight-charts in jsdom, which has no canvas. */
export function fakeLightweightCharts() {
  const series = () => ({
    setData: vi.fn(),
    update: vi.fn(),
    applyOptions: vi.fn(),
    createPriceLine: vi.fn((options) => ({ options: () => options })),
    removePriceLine: vi.fn(),
  });
  return {
    createChart: vi.fn(() => ({
      addSeries: vi.fn(series),
      applyOptions: vi.fn(),
      priceScale: vi.fn(() => ({ applyOptions: vi.fn() })),
      remove: vi.fn(),
    })),
    CandlestickSeries: 'Candlestick',
    HistogramSeries: 'Histogram',
    LineStyle: { Solid: 0, Dotted: 1, Dashed: 2 },
  };
}

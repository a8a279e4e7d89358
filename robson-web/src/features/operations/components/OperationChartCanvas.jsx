import { useEffect, useRef } from 'react';
import { CandlestickSeries, LineStyle, createChart, createSeriesMarkers } from 'lightweight-charts';
import { toPlotValue } from '../../../lib/decimal.js';
import { CANDLE_COLOURS, CHART_THEME, DOWN, UP } from '../../../lib/chart-theme.js';
import { candleTimeOf } from '../lib/chart-window.js';

/**
 * Candles around one operation with an entry mark, an exit mark when it closed, and its entry,
 * stop and target as lines; the window is centred on the operation's life. What it draws is
 * mirrored in data attributes for tests, and in words by the page around it.
 */
export default function OperationChartCanvas({ candles, window, operation, exitPrice }) {
  const container = useRef(null);

  useEffect(() => {
    const chart = createChart(container.current, CHART_THEME);
    const series = chart.addSeries(CandlestickSeries, CANDLE_COLOURS);
    series.setData(candles.map((candle) => ({
      time: candle.open_time,
      open: toPlotValue(candle.open),
      high: toPlotValue(candle.high),
      low: toPlotValue(candle.low),
      close: toPlotValue(candle.close),
    })));
    const long = operation.direction === 'LONG';
    const marks = [];
    if (!window.entryOutOfReach) {
      marks.push({
        time: candleTimeOf(window.opened, window.candleSeconds),
        position: long ? 'belowBar' : 'aboveBar',
        color: '#0d6efd',
        shape: long ? 'arrowUp' : 'arrowDown',
        text: `Entry ${operation.entry_price}`,
      });
    }
    if (window.ended) {
      marks.push({
        time: candleTimeOf(window.ended, window.candleSeconds),
        position: long ? 'aboveBar' : 'belowBar',
        color: '#6f42c1',
        shape: long ? 'arrowDown' : 'arrowUp',
        text: `Exit${exitPrice ? ` ${exitPrice}` : ''}`,
      });
    }
    createSeriesMarkers(series, marks);
    const lines = [
      { title: 'Entry', price: operation.entry_price, color: '#0d6efd', style: LineStyle.Solid },
      { title: 'Stop', price: operation.stop_loss, color: DOWN, style: LineStyle.Dashed },
      { title: 'Target', price: operation.take_profit, color: UP, style: LineStyle.Dashed },
    ];
    lines.forEach((line) =>
      series.createPriceLine({ price: toPlotValue(line.price), color: line.color, lineWidth: 2, lineStyle: line.style, axisLabelVisible: true, title: line.title }),
    );
    if (candles.length > 0) {
      chart.timeScale().setVisibleRange({ from: window.from, to: window.to });
    }
    container.current.dataset.candles = String(candles.length);
    container.current.dataset.markers = JSON.stringify(marks.map((mark) => ({ time: mark.time, text: mark.text })));
    return () => chart.remove();
  }, [candles, window, operation, exitPrice]);

  return <div ref={container} className="operation-canvas" data-testid="operation-chart" aria-hidden="true" />;
}

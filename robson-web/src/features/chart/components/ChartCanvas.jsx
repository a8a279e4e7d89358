import { useEffect, useRef } from 'react';
import { CandlestickSeries, HistogramSeries, LineStyle, createChart } from 'lightweight-charts';
import { CHART } from '../../../config/intervals.js';
import { compareDecimal, fractionDigits, toPlotValue } from '../../../lib/decimal.js';
import { groupThousands } from '../../../lib/format.js';
import { applyTick } from '../lib/forming-candle.js';
import { MARKS } from '../lib/marks.js';
import { LINE_STYLES, signatureOf, withLines } from '../lib/price-lines.js';

const DASHES = { solid: LineStyle.Solid, dashed: LineStyle.Dashed, dotted: LineStyle.Dotted };
const UP = '#198754';
const DOWN = '#dc3545';

function toCandlePoint(candle) {
  return {
    time: candle.open_time,
    open: toPlotValue(candle.open),
    high: toPlotValue(candle.high),
    low: toPlotValue(candle.low),
    close: toPlotValue(candle.close),
  };
}

function toVolumePoint(candle) {
  const rising = compareDecimal(candle.close, candle.open) >= 0;
  return {
    time: candle.open_time,
    value: toPlotValue(candle.volume),
    color: rising ? 'rgba(25, 135, 84, 0.35)' : 'rgba(220, 53, 69, 0.35)',
  };
}

function priceFormatter(precision) {
  return (price) => groupThousands(price.toFixed(precision));
}

/**
 * The lightweight-charts canvas: candles and volume from the history, the forming candle moved
 * by each price tick, and a price line for each entry, stop and target. Whatever it draws is
 * mirrored in data attributes for tests and in the caption for screen readers.
 */
export default function ChartCanvas({ history, tick, lines, onCandleClosed }) {
  const container = useRef(null);
  const view = useRef(null);

  useEffect(() => {
    const chart = createChart(container.current, {
      autoSize: true,
      // The library's own logo arrives with an inline <style> element, which the page's
      // Content-Security-Policy refuses; the caption carries the attribution its licence asks for.
      layout: { background: { color: '#ffffff' }, textColor: '#212529', attributionLogo: false },
      grid: { vertLines: { color: '#eef0f2' }, horzLines: { color: '#eef0f2' } },
      rightPriceScale: { borderColor: '#dee2e6' },
      timeScale: { borderColor: '#dee2e6', timeVisible: true, secondsVisible: false },
    });
    const candles = chart.addSeries(CandlestickSeries, {
      upColor: UP,
      downColor: DOWN,
      borderUpColor: UP,
      borderDownColor: DOWN,
      wickUpColor: UP,
      wickDownColor: DOWN,
      // Keep the stop and the target in view even when the price is far from them: a line
      // off the chart would hide how close the position is to being closed.
      autoscaleInfoProvider: (candleRange) => withLines(candleRange(), view.current?.lineRange),
    });
    chart.priceScale('right').applyOptions({ scaleMargins: { top: 0.1, bottom: 0.18 } });
    const volume = chart.addSeries(HistogramSeries, { priceFormat: { type: 'volume' }, priceScaleId: 'volume', lastValueVisible: false, priceLineVisible: false });
    chart.priceScale('volume').applyOptions({ scaleMargins: { top: 0.86, bottom: 0 } });
    view.current = { chart, candles, volume, priceLines: [], signature: null, lineRange: null, forming: null, closedAt: null };
    return () => {
      chart.remove();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const current = view.current;
    const series = history.candles;
    const precision = Math.max(0, ...series.slice(-20).map((candle) => fractionDigits(candle.close)));
    current.chart.applyOptions({ localization: { priceFormatter: priceFormatter(precision) } });
    current.candles.applyOptions({ priceFormat: { type: 'price', precision, minMove: 1 / 10 ** precision } });
    performance.mark(MARKS.start);
    current.candles.setData(series.map(toCandlePoint));
    current.volume.setData(series.map(toVolumePoint));
    performance.mark(MARKS.end);
    performance.measure(MARKS.setData, MARKS.start, MARKS.end);
    // The library paints on the next animation frame; this callback runs after its paint.
    const frame = requestAnimationFrame(() => performance.measure(MARKS.painted, MARKS.start));
    current.forming = series.at(-1) ?? null;
    container.current.dataset.candles = String(series.length);
    return () => cancelAnimationFrame(frame);
  }, [history]);

  useEffect(() => {
    const current = view.current;
    if (!tick || !current.forming) {
      return;
    }
    const { candle, closed } = applyTick(current.forming, tick, CHART.candleSeconds);
    if (candle === current.forming) {
      return;
    }
    current.forming = candle;
    current.candles.update(toCandlePoint(candle));
    if (closed && current.closedAt !== candle.open_time) {
      current.closedAt = candle.open_time;
      onCandleClosed();
    }
  }, [tick, onCandleClosed]);

  useEffect(() => {
    const current = view.current;
    const signature = signatureOf(lines);
    if (signature === current.signature) {
      return;
    }
    current.priceLines.forEach((line) => current.candles.removePriceLine(line));
    current.priceLines = lines.map((line) => {
      const look = LINE_STYLES[line.kind] ?? LINE_STYLES.level;
      return current.candles.createPriceLine({
        price: toPlotValue(line.price),
        color: look.color,
        lineWidth: look.width,
        lineStyle: DASHES[look.dash],
        axisLabelVisible: look.axisLabel,
        title: line.title,
      });
    });
    current.signature = signature;
    current.lineRange = lines.length
      ? { min: Math.min(...lines.map((line) => toPlotValue(line.price))), max: Math.max(...lines.map((line) => toPlotValue(line.price))) }
      : null;
    current.chart.priceScale('right').applyOptions({ autoScale: true });
    container.current.dataset.priceLines = JSON.stringify(
      current.priceLines.map((line) => ({ title: line.options().title, price: line.options().price })),
    );
  }, [lines]);

  return <div ref={container} className="chart-canvas" data-testid="chart-canvas" />;
}

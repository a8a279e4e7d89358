import { useEffect, useRef } from 'react';
import { HistogramSeries, LineSeries, createChart } from 'lightweight-charts';
import { signOf, toPlotValue } from '../../../lib/decimal.js';
import { formatMoney } from '../../../lib/format.js';
import { CHART_THEME, DOWN, UP } from '../../../lib/chart-theme.js';
import { ColumnHeads } from '../../../components/ColumnHeads.jsx';

// Days, not times of day, on the time axis.
const OPTIONS = { ...CHART_THEME, timeScale: { ...CHART_THEME.timeScale, timeVisible: false } };

/** A chart that lives as long as its element; `draw` adds the series and returns nothing. */
function useChart(points, draw) {
  const container = useRef(null);
  useEffect(() => {
    const chart = createChart(container.current, OPTIONS);
    draw(chart, points);
    chart.timeScale().fitContent();
    return () => chart.remove();
  }, [points, draw]);
  return container;
}

function drawDaily(chart, days) {
  chart.addSeries(HistogramSeries, { priceLineVisible: false, lastValueVisible: false }).setData(
    days.map((day) => ({
      time: day.day,
      value: toPlotValue(day.realized_pnl_net),
      color: signOf(day.realized_pnl_net) < 0 ? DOWN : UP,
    })),
  );
}

function drawEquity(chart, days) {
  chart.addSeries(LineSeries, { color: '#0d6efd', lineWidth: 2, priceLineVisible: false }).setData(
    days.map((day) => ({ time: day.day, value: toPlotValue(day.equity) })),
  );
}

/**
 * Daily net realized P&L as bars (green gain, red loss) and the equity curve (running net
 * total), both from the server's daily figures; the tables under them say the same in words.
 */
export default function PerformanceCharts({ days, quoteAsset }) {
  if (days.length === 0) {
    return <p className="small text-body-secondary mb-0">No daily figures in {quoteAsset} yet.</p>;
  }
  return <Charts days={days} quoteAsset={quoteAsset} />;
}

function Charts({ days, quoteAsset }) {
  const daily = useChart(days, drawDaily);
  const equity = useChart(days, drawEquity);
  return (
    <div className="row g-3" data-testid="performance-charts" data-days={days.length}>
      <figure className="col-12 col-lg-6 mb-0 stats-figure">
        <div ref={daily} className="stats-canvas" data-testid="daily-chart" aria-hidden="true" />
        <figcaption className="small text-body-secondary">Daily realized P&amp;L net, {quoteAsset}</figcaption>
      </figure>
      <figure className="col-12 col-lg-6 mb-0 stats-figure">
        <div ref={equity} className="stats-canvas" data-testid="equity-chart" aria-hidden="true" />
        <figcaption className="small text-body-secondary">Realized equity over the period, {quoteAsset}</figcaption>
      </figure>
      <details className="col-12 small">
        <summary>The days as a table</summary>
        <table className="table table-sm mb-0" data-testid="daily-table">
          <caption className="visually-hidden">Realized P&amp;L per UTC day in {quoteAsset}</caption>
          <ColumnHeads names={['Day (UTC)', 'Trades', 'Gross', 'Net', 'Equity']} />
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <td>{day.day}</td>
                <td>{day.trades}</td>
                <td>{formatMoney(day.realized_pnl, quoteAsset, { signed: true })}</td>
                <td>{formatMoney(day.realized_pnl_net, quoteAsset, { signed: true })}</td>
                <td>{formatMoney(day.equity, quoteAsset, { signed: true })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

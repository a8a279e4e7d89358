import { Suspense, lazy, useMemo } from 'react';
import { LoadingSpinner } from '../../../components/LoadingSpinner.jsx';
import { SourceBadges } from '../../../components/SourceBadges.jsx';
import { Widget } from '../../../components/Widget.jsx';
import { intervals } from '../../../config/intervals.js';
import { formatMoney } from '../../../lib/format.js';
import { priceLinesFor } from '../lib/price-lines.js';

// The chart library is the largest dependency: it loads after the position cards are up.
const ChartCanvas = lazy(() => import('./ChartCanvas.jsx'));

function PriceLineLegend({ lines }) {
  if (lines.length === 0) {
    return <p className="small text-body-secondary mb-0 mt-2">No open position in this symbol: no entry, stop or target lines.</p>;
  }
  return (
    <ul className="chart-legend list-inline small mb-0 mt-2" aria-label="Price lines on the chart" data-testid="price-lines">
      {lines.map((line) => (
        <li
          key={`${line.kind}-${line.title}`}
          className="list-inline-item me-3"
          data-line={line.kind}
          data-title={line.title}
          data-price={line.price}
        >
          <span className={`chart-legend__swatch chart-legend__swatch--${line.kind}`} aria-hidden="true" />
          {line.title} {formatMoney(line.price, line.quoteAsset)}
        </li>
      ))}
    </ul>
  );
}

function latest(...times) {
  const known = times.filter(Boolean);
  return known.length ? Math.max(...known) : null;
}

const NO_OVERLAY = [];

/**
 * 15-minute candles for seven days with the entry (blue), stop (red) and target (green) of
 * each position in the symbol, and volume below. Price ticks keep the forming candle moving;
 * when it closes the history is read again, so a new candle appears without a reload.
 * `overlay` adds lines of the caller's ({kind, price, title, quoteAsset}; kind one of
 * LINE_STYLES: support levels, a plan's entry, stop and target).
 */
export function CandleChart({ symbol, candles, price, positions, overlay = NO_OVERLAY }) {
  const lines = useMemo(() => [...priceLinesFor(positions, symbol), ...overlay], [positions, symbol, overlay]);
  const tick = price.data?.symbol === symbol ? price.data : null;
  const freshness = {
    updatedAt: latest(candles.updatedAt, price.updatedAt),
    intervalMs: intervals.price,
    transport: price.transport,
  };
  return (
    <Widget
      title={`Chart · ${symbol} · 15m · 7 days`}
      name="chart"
      loadable={candles}
      freshness={freshness}
      badges={<SourceBadges priceSource={candles.data?.source} />}
    >
      {(history) => (
        <figure className="mb-0">
          <Suspense fallback={<LoadingSpinner label="Loading chart" />}>
            <ChartCanvas history={history} tick={tick} lines={lines} onCandleClosed={candles.refresh} />
          </Suspense>
          <figcaption>
            <span className="visually-hidden">
              Candlestick chart of {symbol}, {history.candles.length} candles of 15 minutes, oldest first, with volume bars.
            </span>
            <PriceLineLegend lines={lines} />
            <p className="small text-body-secondary mb-0 mt-1">
              Times in UTC. Charting by{' '}
              <a href="https://www.tradingview.com/" target="_blank" rel="noopener noreferrer">
                TradingView Lightweight Charts
              </a>
              .
            </p>
          </figcaption>
        </figure>
      )}
    </Widget>
  );
}


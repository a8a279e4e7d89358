import { Suspense, lazy, useState } from 'react';
import Form from 'react-bootstrap/Form';
import { LoadingSpinner } from '../../../components/LoadingSpinner.jsx';
import { Widget } from '../../../components/Widget.jsx';
import { formatMoney, formatPercent } from '../../../lib/format.js';
import { formatDuration } from '../lib/duration.js';
import { Figure } from '../../../components/Figure.jsx';

const PerformanceCharts = lazy(() => import('./PerformanceCharts.jsx'));

/** One quote asset's statistics; every figure is the server's, only formatted here. */
function Figures({ figures }) {
  const quote = figures.quote_asset;
  const money = (amount) => (amount == null ? '—' : formatMoney(amount, quote, { signed: true }));
  return (
    <section aria-labelledby={`stats-${quote}`} className="mb-3" data-testid="performance-figures" data-quote-asset={quote}>
      <h3 id={`stats-${quote}`} className="h6">
        In {quote}
      </h3>
      <dl className="position-figures mb-0">
        <Figure term="Trades" data-figure="trades">
          {figures.trades} ({figures.wins} won, {figures.losses} lost)
        </Figure>
        <Figure term="Win rate" data-figure="win_rate_percent">{formatPercent(figures.win_rate_percent)}</Figure>
        <Figure term="Realized P&L gross" data-figure="realized_pnl">{money(figures.realized_pnl)}</Figure>
        <Figure term="Realized P&L net" data-figure="realized_pnl_net">{money(figures.realized_pnl_net)}</Figure>
        <Figure term="Fees" data-figure="fees">{formatMoney(figures.fees, quote)}</Figure>
        <Figure term="Profit factor" data-figure="profit_factor">{figures.profit_factor ?? '— (no losses)'}</Figure>
        <Figure term="Expectancy per trade" data-figure="expectancy">{money(figures.expectancy)}</Figure>
        <Figure term="Average win" data-figure="average_win">{money(figures.average_win)}</Figure>
        <Figure term="Average loss" data-figure="average_loss">{money(figures.average_loss)}</Figure>
        <Figure term="Best" data-figure="best">{money(figures.best)}</Figure>
        <Figure term="Worst" data-figure="worst">{money(figures.worst)}</Figure>
        <Figure term="Max drawdown" data-figure="max_drawdown">{formatMoney(figures.max_drawdown, quote)}</Figure>
        <Figure term="Average duration" data-figure="average_duration_seconds">{formatDuration(figures.average_duration_seconds)}</Figure>
      </dl>
    </section>
  );
}

/**
 * Statistics over the period, per quote asset (never added across), and the daily realized
 * P&L and equity curve of one chosen quote asset.
 */
export function PerformancePanel({ performance, daily }) {
  const [chosen, setChosen] = useState(null);
  return (
    <Widget title="Performance" name="performance" loadable={performance}>
      {(data) => {
        if (data.performance.length === 0) {
          return (
            <p className="text-body-secondary mb-0" data-testid="no-performance">
              No operation closed in this period.
            </p>
          );
        }
        const assets = data.performance.map((figures) => figures.quote_asset);
        const asset = assets.includes(chosen) ? chosen : assets[0];
        const days = (daily.data?.daily ?? []).filter((day) => day.quote_asset === asset);
        return (
          <>
            {data.performance.map((figures) => (
              <Figures key={figures.quote_asset} figures={figures} />
            ))}
            <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
              <h3 className="h6 mb-0 me-auto">Daily realized P&amp;L and equity</h3>
              {assets.length > 1 ? (
                <Form.Select size="sm" className="w-auto" aria-label="Quote asset of the charts" value={asset} onChange={(event) => setChosen(event.target.value)}>
                  {assets.map((code) => (
                    <option key={code}>{code}</option>
                  ))}
                </Form.Select>
              ) : null}
            </div>
            <Suspense fallback={<LoadingSpinner label="Loading the charts" />}>
              <PerformanceCharts days={days} quoteAsset={asset} />
            </Suspense>
          </>
        );
      }}
    </Widget>
  );
}

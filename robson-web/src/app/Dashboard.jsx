import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.jsx';
import { SourceBadges } from '../components/SourceBadges.jsx';
import { useAccountSummary } from '../features/account/api/get-account-summary.js';
import { AccountPanel } from '../features/account/components/AccountPanel.jsx';
import { useCandles } from '../features/chart/api/get-candles.js';
import { CandleChart } from '../features/chart/components/CandleChart.jsx';
import { usePrice } from '../features/market/api/get-price.js';
import { PriceTicker } from '../features/market/components/PriceTicker.jsx';
import { useClosedOperations } from '../features/operations/api/get-closed-operations.js';
import { ClosedOperations } from '../features/operations/components/ClosedOperations.jsx';
import { usePositions } from '../features/positions/api/get-positions.js';
import { PositionsPanel } from '../features/positions/components/PositionsPanel.jsx';
import { PlanningPanel, usePlanning } from '../features/planning/index.js';
import { TrackPositionPanel } from '../features/operations/components/TrackPositionPanel.jsx';
import { AppHeader } from './AppHeader.jsx';

/** Shown when the trader holds nothing: the market Robson's demo and most desks watch first. */
export const DEFAULT_SYMBOL = 'BTCUSDC';

function symbolsOf(portfolio) {
  return [...new Set((portfolio?.positions ?? []).map((position) => position.symbol))];
}

/**
 * Everything a trader needs without a click: positions, price, account, chart, history. The
 * dashboard wires the data hooks to the panels once, so a feed shared by two panels (the price
 * drives the ticker and the chart's forming candle) is read once.
 */
export function Dashboard() {
  const heading = useRef(null);
  const positions = usePositions();
  const symbols = useMemo(() => symbolsOf(positions.data), [positions.data]);
  const [chosen, setChosen] = useState(null);
  // A symbol picked for planning takes the chart and the ticker, held or not.
  const [planned, setPlanned] = useState(null);
  const positionsKnown = positions.hasData || positions.status === 'error';
  const symbol = !positionsKnown ? null : (planned ?? (symbols.includes(chosen) ? chosen : (symbols[0] ?? DEFAULT_SYMBOL)));
  const planning = usePlanning(symbol);
  const price = usePrice(symbol);
  const candles = useCandles(symbol);
  const account = useAccountSummary();
  const closed = useClosedOperations();

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const firstPosition = positions.data?.positions?.[0];
  return (
    <>
      <AppHeader
        skipTo="positions"
        badges={<SourceBadges priceSource={firstPosition?.price_source ?? price.data?.source} tradingMode={positions.data?.trading_mode} />}
      />
      <main className="container-xxl pb-4">
        <h1 ref={heading} tabIndex={-1} className="visually-hidden">
          Dashboard
        </h1>
        <div className="row g-3">
          <div className="col-12 col-xl-8" id="positions">
            <ErrorBoundary name="Open positions">
              <PositionsPanel positions={positions} />
            </ErrorBoundary>
            <div className="mt-3" id="planning">
              <ErrorBoundary name="Plan an entry">
                <PlanningPanel planning={planning} symbol={symbol} held={symbols} picked={planned !== null || chosen !== null} onSymbolChange={setPlanned} />
              </ErrorBoundary>
            </div>
            <div className="mt-3">
              <ErrorBoundary name="Track a position">
                <TrackPositionPanel />
              </ErrorBoundary>
            </div>
          </div>
          <div className="col-12 col-xl-4 d-flex flex-column gap-3">
            {symbol ? (
              <ErrorBoundary name="Price">
                <PriceTicker
                  price={price}
                  symbol={symbol}
                  symbols={symbols}
                  onSymbolChange={(next) => {
                    setPlanned(null);
                    setChosen(next);
                  }}
                />
              </ErrorBoundary>
            ) : null}
            <ErrorBoundary name="Account">
              <AccountPanel account={account} />
            </ErrorBoundary>
          </div>
          {symbol ? (
            <div className="col-12">
              <ErrorBoundary name="Chart">
                <CandleChart symbol={symbol} candles={candles} price={price} positions={positions.data?.positions} overlay={planning.overlay} />
              </ErrorBoundary>
            </div>
          ) : null}
          <div className="col-12">
            <ErrorBoundary name="Closed operations">
              <ClosedOperations operations={closed} />
            </ErrorBoundary>
          </div>
        </div>
      </main>
    </>
  );
}

/**
 * How often each widget's data is read, in one place. Polling is the transport for now; a
 * push feed would deliver into the same hooks and these become the fallback rates.
 */
export const intervals = Object.freeze({
  positions: 5_000,
  price: 1_000,
  account: 5_000,
  closedOperations: 30_000,
  // Candles are re-read when the forming candle closes (see features/chart); this is the
  // ceiling between two reads when no tick arrives to tell.
  candlesCeiling: 15 * 60_000,
  // After a failed candle read, ask again this soon.
  candlesRetry: 15_000,
  // Support levels move when a 15-minute candle closes; the budget when a plan or a close does.
  levels: 60_000,
  riskStatus: 30_000,
});

/** Data older than this many intervals is shown as stale (amber). */
export const STALE_AFTER_INTERVALS = 2;

/** An endpoint that answers 404 is asked again this rarely (it may not be deployed yet). */
export const MISSING_ENDPOINT_RETRY_MS = 60_000;

export const CHART = Object.freeze({ interval: '15m', days: 7, candleSeconds: 15 * 60 });

import { apiRequest } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';
import { CHART, intervals } from '../../../config/intervals.js';

/** GET /api/historical-data/: OHLCV candles, oldest first, the last one still forming. */
export function getCandles({ symbol, interval = CHART.interval, days = CHART.days }, { signal } = {}) {
  const query = new URLSearchParams({ symbol, interval, days: String(days) });
  return apiRequest(`/api/historical-data/?${query}`, { signal });
}

export const candlesQueryKey = (symbol) => ['market', 'candles', symbol, CHART.interval, CHART.days];

/**
 * Milliseconds until the forming candle closes, plus a little for the server to roll over:
 * the candles are read again then, so the new candle appears without a reload.
 */
export function untilNextClose(history, nowMs = Date.now()) {
  const forming = history?.candles?.at(-1);
  if (!forming) {
    return intervals.candlesCeiling;
  }
  const wait = forming.close_time * 1000 - nowMs + 1_000;
  return Math.min(intervals.candlesCeiling, Math.max(1_000, wait));
}

export function useCandles(symbol) {
  return useLiveQuery({
    queryKey: candlesQueryKey(symbol),
    queryFn: ({ signal }) => getCandles({ symbol }, { signal }),
    // Asked again at each close (nextPollMs); this is the pace after a failed read.
    intervalMs: intervals.candlesRetry,
    nextPollMs: (history) => untilNextClose(history),
    enabled: Boolean(symbol),
  });
}

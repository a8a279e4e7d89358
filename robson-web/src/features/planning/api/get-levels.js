import { apiRequest } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';
import { intervals } from '../../../config/intervals.js';
import { levelsQueryKey } from './query-keys.js';

/** GET /api/analysis/levels/{symbol}/: the supports under the price and the stop a plan would take. */
export function getLevels(symbol, strategyId, { signal } = {}) {
  const query = strategyId == null ? '' : `?${new URLSearchParams({ strategy_id: String(strategyId) })}`;
  return apiRequest(`/api/analysis/levels/${encodeURIComponent(symbol)}/${query}`, { signal });
}

/** The levels move only when a 15-minute candle closes; a minute between reads is plenty. */
export function useLevels(symbol, strategyId, { enabled = true } = {}) {
  return useLiveQuery({
    queryKey: levelsQueryKey(symbol, strategyId),
    queryFn: ({ signal }) => getLevels(symbol, strategyId, { signal }),
    intervalMs: intervals.levels,
    enabled: enabled && Boolean(symbol),
  });
}

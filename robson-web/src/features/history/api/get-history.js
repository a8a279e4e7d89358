import { intervals } from '../../../config/intervals.js';
import { apiRequest } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';

/** Only the filters that are set go into the query string. */
function queryOf(filters) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value) {
      query.set(name, value);
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** GET /api/portfolio/history/: closed operations, newest close first, filtered. */
export function getHistory({ from, to, symbol, reason }, { signal } = {}) {
  return apiRequest(`/api/portfolio/history/${queryOf({ from, to, symbol, reason })}`, { signal });
}

/** GET /api/portfolio/performance/: statistics per quote asset over the period. */
export function getPerformance({ from, to }, { signal } = {}) {
  return apiRequest(`/api/portfolio/performance/${queryOf({ from, to })}`, { signal });
}

/** GET /api/portfolio/daily/: realized P&L per UTC day and quote asset, with running equity. */
export function getDaily({ from, to }, { signal } = {}) {
  return apiRequest(`/api/portfolio/daily/${queryOf({ from, to })}`, { signal });
}

// Closed history changes only when an operation closes: read as often as the dashboard's closed list.
function useReview(name, read, filters) {
  return useLiveQuery({
    queryKey: ['history', name, filters],
    queryFn: ({ signal }) => read(filters, { signal }),
    intervalMs: intervals.closedOperations,
  });
}

export function useHistory(filters) {
  return useReview('trades', getHistory, filters);
}

export function usePerformance(period) {
  return useReview('performance', getPerformance, period);
}

export function useDaily(period) {
  return useReview('daily', getDaily, period);
}

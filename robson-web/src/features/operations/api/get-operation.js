import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';
import { intervals } from '../../../config/intervals.js';

/** GET /api/operations/{id}/, its orders and its audit trail: the operation page's three reads. */
export function getOperation(id, { signal } = {}) {
  return apiRequest(`/api/operations/${id}/`, { signal });
}

export function getOperationOrders(id, { signal } = {}) {
  return apiRequest(`/api/operations/${id}/orders/`, { signal });
}

export function getOperationEvents(id, { signal } = {}) {
  return apiRequest(`/api/operations/${id}/events/`, { signal });
}

export const operationQueryKey = (id) => ['operations', 'one', String(id)];

export function useOperation(id) {
  return useLiveQuery({
    queryKey: operationQueryKey(id),
    queryFn: ({ signal }) => getOperation(id, { signal }),
    intervalMs: intervals.positions,
  });
}

export function useOperationOrders(id) {
  return useLiveQuery({
    queryKey: [...operationQueryKey(id), 'orders'],
    queryFn: ({ signal }) => getOperationOrders(id, { signal }),
    intervalMs: intervals.positions,
  });
}

export function useOperationEvents(id) {
  return useLiveQuery({
    queryKey: [...operationQueryKey(id), 'events'],
    queryFn: ({ signal }) => getOperationEvents(id, { signal }),
    intervalMs: intervals.positions,
  });
}

/** Candles around an operation's life, read once: a closed operation's chart does not move. */
export function useOperationCandles(symbol, { interval, days }) {
  return useQuery({
    queryKey: ['market', 'candles', symbol, interval, days],
    queryFn: ({ signal }) =>
      apiRequest(`/api/historical-data/?${new URLSearchParams({ symbol, interval, days: String(days) })}`, { signal }),
    enabled: Boolean(symbol),
    retry: false,
  });
}

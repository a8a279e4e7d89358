import { useQuery } from '@tanstack/react-query';
import { MISSING_ENDPOINT_RETRY_MS } from '../config/intervals.js';
import { SessionEndedError } from './api-client.js';

/**
 * The one place that decides how live data arrives. Today: TanStack Query polling at the
 * widget's interval. Components only see the loadable this returns, so a push feed can write
 * into the same query keys (queryClient.setQueryData) without any component changing.
 *
 * A loadable: { status: 'pending' | 'success' | 'error', data, error, hasData, failing,
 *               updatedAt (ms), intervalMs, refresh() }.
 */
export function useLiveQuery({ queryKey, queryFn, intervalMs, nextPollMs, enabled = true }) {
  const query = useQuery({
    queryKey,
    queryFn,
    enabled,
    retry: false,
    refetchInterval: (current) => pollDelay(current.state, intervalMs, nextPollMs),
  });
  return toLoadable(query, intervalMs);
}

/** When to ask again: the interval, unless the server asked us to slow down or the data says when. */
export function pollDelay(state, intervalMs, nextPollMs) {
  const { error, data } = state;
  if (error instanceof SessionEndedError) {
    return false;
  }
  if (error?.status === 404) {
    return Math.max(intervalMs, MISSING_ENDPOINT_RETRY_MS);
  }
  if (error?.retryAfterSeconds) {
    return Math.max(intervalMs, error.retryAfterSeconds * 1000);
  }
  if (nextPollMs && data !== undefined) {
    return nextPollMs(data);
  }
  return intervalMs;
}

export function toLoadable(query, intervalMs) {
  return {
    status: query.status,
    data: query.data,
    error: query.error,
    hasData: query.data !== undefined,
    failing: query.isError,
    updatedAt: query.dataUpdatedAt || null,
    intervalMs,
    refresh: query.refetch,
  };
}

import { useQuery } from '@tanstack/react-query';
import { MISSING_ENDPOINT_RETRY_MS } from '../config/intervals.js';
import { SessionEndedError } from './api-client.js';
import { useChannel } from './push-context.js';

/**
 * The one place that decides how live data arrives. A hook that names its push `channel`
 * (e.g. 'price:BTCUSDC', 'positions') gets it from the push stream, which writes each frame
 * into this query's key; while that channel is live, polling stops. Without push (stream down,
 * not yet connected, no channel) TanStack Query polls at the widget's interval, as before.
 * Components only see the loadable.
 *
 * A loadable: { status: 'pending' | 'success' | 'error', data, error, hasData, failing,
 *               updatedAt (ms), intervalMs, transport ('live' | 'polling'), refresh() }.
 */
export function useLiveQuery({ queryKey, queryFn, intervalMs, nextPollMs, enabled = true, channel = null }) {
  const live = useChannel(enabled ? channel : null, queryKey);
  const query = useQuery({
    queryKey,
    queryFn,
    enabled,
    retry: false,
    refetchInterval: (current) => (live ? false : pollDelay(current.state, intervalMs, nextPollMs)),
  });
  return { ...toLoadable(query, intervalMs), transport: live ? 'live' : 'polling' };
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

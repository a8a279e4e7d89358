import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';

/** The tab's PushFeed, or null (tests, no WebSocket): then every hook polls. */
export const PushFeedContext = createContext(null);

const NO_FEED = () => () => {};
const POLLING = () => 'polling';

export function usePushFeed() {
  return useContext(PushFeedContext);
}

/**
 * Follows a channel while the component is mounted and answers whether its data arrives by push
 * now. A null channel follows nothing (and polls).
 */
export function useChannel(channel, queryKey) {
  const feed = usePushFeed();
  const keyText = JSON.stringify(queryKey ?? null);
  useEffect(() => {
    if (!feed || !channel) {
      return undefined;
    }
    return feed.want(channel, JSON.parse(keyText));
  }, [feed, channel, keyText]);
  useSyncExternalStore(
    feed ? (listener) => feed.subscribe(listener) : NO_FEED,
    feed ? () => feed.snapshot() : POLLING,
    POLLING,
  );
  return Boolean(feed && channel && feed.isLive(channel));
}

/** Calls onEvent with each operation event of the caller's tenant, pushed or polled. */
export function useOperationEvents(onEvent) {
  const feed = usePushFeed();
  useEffect(() => {
    if (!feed) {
      return undefined;
    }
    return feed.onEvent((event) => onEvent(event));
  }, [feed, onEvent]);
}

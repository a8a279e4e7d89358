import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaleIndicator } from '../components/StaleIndicator.jsx';
import { FakeWebSocket } from '../test/fake-websocket.js';
import { PushFeedContext } from './push-context.js';
import { PushFeed } from './push-feed.js';
import { useLiveQuery } from './live-query.js';

function Price({ queryFn }) {
  const price = useLiveQuery({
    queryKey: ['market', 'price', 'BTCUSDC'],
    queryFn,
    intervalMs: 1_000,
    channel: 'price:BTCUSDC',
  });
  return (
    <div>
      <span data-testid="bid">{price.data?.bid ?? '—'}</span>
      <StaleIndicator updatedAt={price.updatedAt} intervalMs={price.intervalMs} transport={price.transport} />
    </div>
  );
}

function mount(queryFn) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const feed = new PushFeed({
    queryClient,
    url: 'ws://robson.test/api/stream',
    WebSocketImpl: FakeWebSocket,
    token: () => 'token-1',
    refresh: () => Promise.resolve('token-1'),
    fetchEvents: () => Promise.resolve({ events: [] }),
    random: () => 1,
  });
  feed.start();
  render(
    <QueryClientProvider client={queryClient}>
      <PushFeedContext.Provider value={feed}>
        <Price queryFn={queryFn} />
      </PushFeedContext.Provider>
    </QueryClientProvider>,
  );
  return feed;
}

describe('a live query with a push channel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWebSocket.reset();
  });
  afterEach(() => vi.useRealTimers());

  it('stops polling while its channel is live, shows pushed data and says "live"', async () => {
    let polls = 0;
    const queryFn = vi.fn(async () => ({ symbol: 'BTCUSDC', bid: `polled-${++polls}` }));
    const feed = mount(queryFn);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByTestId('bid')).toHaveTextContent('polled-1');
    expect(screen.getByTestId('stale-indicator')).toHaveTextContent('polling ·');

    act(() => FakeWebSocket.latest().accept());
    act(() =>
      FakeWebSocket.latest().frame({ type: 'price', channel: 'price:BTCUSDC', data: { symbol: 'BTCUSDC', bid: '89300.00' } }),
    );
    // TanStack Query tells components on its next tick.
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByTestId('bid')).toHaveTextContent('89300.00');
    expect(screen.getByTestId('stale-indicator')).toHaveTextContent('live ·');

    const before = queryFn.mock.calls.length;
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(queryFn.mock.calls.length).toBe(before);
    // Pushed data comes when it changes: quiet is not stale while the stream is live.
    expect(screen.getByTestId('stale-indicator')).toHaveAttribute('data-stale', 'false');
    feed.stop();
  });

  it('polls again as soon as the stream drops', async () => {
    const queryFn = vi.fn(async () => ({ symbol: 'BTCUSDC', bid: 'polled' }));
    const feed = mount(queryFn);
    await act(() => vi.advanceTimersByTimeAsync(0));
    act(() => FakeWebSocket.latest().accept());
    const before = queryFn.mock.calls.length;

    act(() => FakeWebSocket.latest().serverClose(1013));
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(queryFn.mock.calls.length).toBeGreaterThanOrEqual(before + 2);
    expect(screen.getByTestId('stale-indicator')).toHaveAttribute('data-transport', 'polling');
    feed.stop();
  });
});

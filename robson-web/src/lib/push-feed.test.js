import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebSocket } from '../test/fake-websocket.js';
import { accessTokenFor } from '../test/http.js';
import {
  BACKOFF_MAX_MS,
  BACKOFF_MIN_MS,
  EVENTS_POLL_MS,
  MIN_REFRESH_DELAY_MS,
  PushFeed,
  backoffDelay,
  streamUrl,
} from './push-feed.js';

function feedWith({ token = () => 'token-1', refresh = vi.fn(() => Promise.resolve('token-2')), fetchEvents, random } = {}) {
  const queryClient = new QueryClient();
  const feed = new PushFeed({
    queryClient,
    url: 'ws://robson.test/api/stream',
    WebSocketImpl: FakeWebSocket,
    token,
    refresh,
    fetchEvents: fetchEvents ?? vi.fn(() => Promise.resolve({ events: [] })),
    random: random ?? (() => 1),
  });
  return { feed, queryClient, refresh };
}

const price = (bid) => ({ symbol: 'BTCUSDC', bid, ask: '89246.00', last: '89245.50', timestamp: 1767614400 });

describe('the push feed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWebSocket.reset();
  });
  afterEach(() => vi.useRealTimers());

  it('sends the token in its first message, never in the address', () => {
    const { feed } = feedWith();
    feed.start();
    feed.want('price:BTCUSDC', ['market', 'price', 'BTCUSDC']);
    vi.advanceTimersByTime(0);

    const socket = FakeWebSocket.latest();
    expect(socket.url).toBe('ws://robson.test/api/stream');
    expect(socket.url).not.toContain('token');
    socket.open();
    expect(socket.sent[0]).toEqual({ type: 'auth', token: 'token-1' });
    feed.stop();
  });

  it('opens no connection while nothing is followed', () => {
    const { feed } = feedWith();
    feed.start();
    vi.advanceTimersByTime(10_000);
    expect(FakeWebSocket.instances).toHaveLength(0);
    feed.stop();
  });

  it('writes pushed prices into the query key and says the channel is live', () => {
    const { feed, queryClient } = feedWith();
    feed.start();
    feed.want('price:BTCUSDC', ['market', 'price', 'BTCUSDC']);
    vi.advanceTimersByTime(0);
    const socket = FakeWebSocket.latest();
    expect(feed.isLive('price:BTCUSDC')).toBe(false);

    socket.accept();
    expect(socket.sent).toContainEqual(expect.objectContaining({ type: 'subscribe', channel: 'price:BTCUSDC' }));
    expect(feed.isLive('price:BTCUSDC')).toBe(true);

    socket.frame({ type: 'price', channel: 'price:BTCUSDC', data: price('89300.00') });
    expect(queryClient.getQueryData(['market', 'price', 'BTCUSDC'])).toEqual(price('89300.00'));
    feed.stop();
  });

  it('falls back to polling when the stream closes and reconnects with a growing, jittered backoff', () => {
    const { feed } = feedWith({ random: () => 0 });
    feed.start();
    feed.want('positions', ['portfolio', 'positions']);
    vi.advanceTimersByTime(0);
    FakeWebSocket.latest().accept();
    expect(feed.isLive('positions')).toBe(true);

    FakeWebSocket.latest().serverClose(1013);
    expect(feed.isLive('positions')).toBe(false);
    expect(feed.snapshot()).toMatch(/^polling/);

    // random() = 0 draws the lowest delay: half the ceiling, the ceiling doubling per attempt.
    vi.advanceTimersByTime(BACKOFF_MIN_MS / 2 - 1);
    expect(FakeWebSocket.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.instances).toHaveLength(2);
    FakeWebSocket.latest().serverClose(1006);
    vi.advanceTimersByTime(BACKOFF_MIN_MS - 1);
    expect(FakeWebSocket.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.instances).toHaveLength(3);

    FakeWebSocket.latest().accept();
    expect(feed.isLive('positions')).toBe(true);
    feed.stop();
  });

  it('draws each delay between half and all of a ceiling that doubles up to the maximum', () => {
    expect(backoffDelay(0, () => 0)).toBe(BACKOFF_MIN_MS / 2);
    expect(backoffDelay(0, () => 1)).toBe(BACKOFF_MIN_MS);
    expect(backoffDelay(3, () => 0.5)).toBe(6_000);
    expect(backoffDelay(20, () => 1)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(20, () => 0)).toBe(BACKOFF_MAX_MS / 2);
  });

  it('refreshes the token shortly before the server would close the stream for its expiry', () => {
    const { feed, refresh } = feedWith();
    feed.start();
    feed.want('events', null);
    vi.advanceTimersByTime(0);
    // Expires in 120 s, closed 30 s after: refreshed 5 s before the close.
    FakeWebSocket.latest().accept({ expiresAt: Math.floor(Date.now() / 1000) + 120 });

    vi.advanceTimersByTime(144_000);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    feed.stop();
  });

  it('never refreshes a short-lived token in a loop', () => {
    const { feed, refresh } = feedWith();
    feed.start();
    feed.want('events', null);
    vi.advanceTimersByTime(0);
    FakeWebSocket.latest().accept({ expiresAt: Math.floor(Date.now() / 1000) + 1, graceSeconds: 0 });

    vi.advanceTimersByTime(MIN_REFRESH_DELAY_MS - 1);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    feed.stop();
  });

  it('gets a fresh token and reconnects when the server refuses or expires the token', async () => {
    const { feed, refresh } = feedWith();
    feed.start();
    feed.want('events', null);
    vi.advanceTimersByTime(0);
    FakeWebSocket.latest().accept();
    FakeWebSocket.latest().frame({ type: 'error', code: 'token_expired', status: 401 });
    FakeWebSocket.latest().serverClose(4401);

    expect(refresh).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(BACKOFF_MIN_MS);
    expect(FakeWebSocket.instances).toHaveLength(2);
    feed.stop();
  });

  it('hands each event over once and, after a reconnect, asks for the ones missed', () => {
    const { feed } = feedWith();
    const heard = [];
    feed.start();
    feed.onEvent((event) => heard.push(event.id));
    vi.advanceTimersByTime(0);
    const first = FakeWebSocket.latest();
    first.accept({ lastEventId: 40 });
    expect(first.sent).toContainEqual({ type: 'subscribe', channel: 'events', after: 40 });

    first.frame({ type: 'event', channel: 'events', data: { id: 41, event: 'CLOSING' } });
    first.frame({ type: 'event', channel: 'events', data: { id: 41, event: 'CLOSING' } });
    first.frame({ type: 'event', channel: 'events', data: { id: 42, event: 'CLOSED' } });
    expect(heard).toEqual([41, 42]);

    first.serverClose(1006);
    vi.advanceTimersByTime(BACKOFF_MAX_MS);
    const second = FakeWebSocket.latest();
    second.accept({ lastEventId: 99 });
    expect(second.sent).toContainEqual({ type: 'subscribe', channel: 'events', after: 42 });
    feed.stop();
  });

  it('polls the events while the stream is down, learning first where the flow stands', async () => {
    const fetchEvents = vi
      .fn()
      .mockResolvedValueOnce({ events: [{ id: 7, event: 'CLOSED' }] })
      .mockResolvedValueOnce({ events: [{ id: 8, event: 'NEEDS_ATTENTION' }] });
    const { feed } = feedWith({ fetchEvents, token: () => null });
    const heard = [];
    feed.start();
    feed.onEvent((event) => heard.push(event.id));

    await vi.advanceTimersByTimeAsync(EVENTS_POLL_MS);
    expect(fetchEvents).toHaveBeenLastCalledWith(null);
    expect(heard).toEqual([]);
    await vi.advanceTimersByTimeAsync(EVENTS_POLL_MS);
    expect(fetchEvents).toHaveBeenLastCalledWith(7);
    expect(heard).toEqual([8]);
    feed.stop();
  });

  it('stops following a channel nobody wants any more', () => {
    const { feed } = feedWith();
    feed.start();
    const release = feed.want('price:ETHUSDC', ['market', 'price', 'ETHUSDC']);
    const again = feed.want('price:ETHUSDC', ['market', 'price', 'ETHUSDC']);
    vi.advanceTimersByTime(0);
    const socket = FakeWebSocket.latest();
    socket.accept();
    release();
    expect(socket.sent).not.toContainEqual({ type: 'unsubscribe', channel: 'price:ETHUSDC' });
    again();
    expect(socket.sent).toContainEqual({ type: 'unsubscribe', channel: 'price:ETHUSDC' });
    expect(feed.isLive('price:ETHUSDC')).toBe(false);
    feed.stop();
  });

  it('closes a connection that has gone silent and tries again', () => {
    const { feed } = feedWith();
    feed.start();
    feed.want('events', null);
    vi.advanceTimersByTime(0);
    const socket = FakeWebSocket.latest();
    socket.accept();
    vi.advanceTimersByTime(75_000);
    expect(socket.closedWith).not.toBeNull();
    expect(feed.isLive('events')).toBe(false);
    vi.advanceTimersByTime(BACKOFF_MAX_MS);
    expect(FakeWebSocket.instances.length).toBeGreaterThan(1);
    feed.stop();
  });

  it('drops the connection and writes nothing when another user signs in on the tab', () => {
    const demo = accessTokenFor('demo');
    let token = demo;
    const { feed, queryClient } = feedWith({ token: () => token });
    feed.start();
    feed.want('positions', ['portfolio', 'positions']);
    vi.advanceTimersByTime(0);
    const first = FakeWebSocket.latest();
    first.accept({ lastEventId: 40 });

    token = null; // signed out
    token = accessTokenFor('acme');
    first.frame({ type: 'positions', channel: 'positions', data: { positions: ['demo\'s'] } });

    expect(queryClient.getQueryData(['portfolio', 'positions'])).toBeUndefined();
    expect(first.closedWith).toBe(1000);
    vi.advanceTimersByTime(0);
    const second = FakeWebSocket.latest();
    expect(second).not.toBe(first);
    second.open();
    expect(second.sent[0]).toEqual({ type: 'auth', token: accessTokenFor('acme') });
    feed.stop();
  });

  it('keeps the connection when the same user\'s token is refreshed', () => {
    let token = accessTokenFor('demo');
    const { feed } = feedWith({ token: () => token });
    feed.start();
    feed.want('events', null);
    vi.advanceTimersByTime(0);
    const socket = FakeWebSocket.latest();
    socket.accept();
    token = `${accessTokenFor('demo')}-renewed`;
    vi.advanceTimersByTime(1_000);
    expect(socket.closedWith).toBeNull();
    expect(socket.sent.at(-1)).toEqual({ type: 'auth', token });
    feed.stop();
  });

  it('speaks wss on an https page', () => {
    expect(streamUrl({ protocol: 'https:', host: 'robson.example' })).toBe('wss://robson.example/api/stream');
    expect(streamUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080/api/stream');
  });
});

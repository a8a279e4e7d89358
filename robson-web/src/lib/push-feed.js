import { accessToken, apiRequest, refreshSession } from './api-client.js';

/**
 * The push transport: one WebSocket to /api/stream per tab, shared by every widget. Data frames
 * are written into the same TanStack Query keys the polling hooks read (queryClient.setQueryData),
 * so a component cannot tell how its data came; while the stream is down the hooks poll as
 * before. Reconnects wait 1, 2, 4 … 30 s, each drawn between half and all of it (jitter), so a
 * restarted server is not hit by every tab at once.
 *
 * The access token goes in the first message, never in the URL; a refreshed token is sent on
 * the open connection, and the token is refreshed shortly before the server would close the
 * stream for its expiry (`closes_at`; polling, which refreshes it on a 401, may be off meanwhile).
 */
export const BACKOFF_MIN_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;
export const APP_PING_MS = 25_000;
export const SILENT_MS = 60_000;
export const EVENTS_POLL_MS = 5_000;
const TOKEN_CHECK_MS = 1_000;
/**
 * Refreshed this long before the server would close the stream: late enough that the tab
 * refreshes no more often than its polls would (each refresh rotates the shared cookie, and a
 * reload racing a refresh costs the session), early enough that the new token arrives in time.
 */
export const REFRESH_AHEAD_MS = 5_000;
/** However short the token's life, never refresh more often than this. */
export const MIN_REFRESH_DELAY_MS = 5_000;
const SEEN_EVENTS = 500;

/** Who a token is for (user and tenant), read from its payload; the server checks the rest. */
export function identityOf(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), '=')));
    return `${claims.sub ?? ''}|${claims.tenant_id ?? claims.client_id ?? ''}`;
  } catch {
    return `opaque:${token}`;
  }
}

export function streamUrl(location = globalThis.location) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/stream`;
}

/** The delay before reconnect attempt `attempt` (0-based): doubling, capped, with jitter. */
export function backoffDelay(attempt, random = Math.random) {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.min(attempt, 10));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export class PushFeed {
  constructor({
    queryClient,
    url = streamUrl(),
    WebSocketImpl = globalThis.WebSocket,
    token = accessToken,
    refresh = refreshSession,
    fetchEvents = (after) => apiRequest(after == null ? '/api/events/?limit=1' : `/api/events/?after=${after}`),
    random = Math.random,
    now = Date.now,
    timers = globalThis,
  }) {
    this.queryClient = queryClient;
    this.url = url;
    this.WebSocketImpl = WebSocketImpl;
    this.token = token;
    this.refresh = refresh;
    this.fetchEvents = fetchEvents;
    this.random = random;
    this.now = now;
    this.timers = timers;
    this.wanted = new Map(); // channel -> { queryKey, count }
    this.active = new Set(); // channels the server confirmed
    this.eventListeners = new Set();
    this.statusListeners = new Set();
    this.seenEvents = [];
    this.lastEventId = null;
    this.socket = null;
    this.live = false;
    this.attempt = 0;
    this.reconnectTimer = null;
    this.stopped = true;
  }

  start() {
    if (!this.stopped) {
      return;
    }
    this.stopped = false;
    this.tokenTimer = this.timers.setInterval(() => this.checkToken(), TOKEN_CHECK_MS);
    this.pingTimer = this.timers.setInterval(() => this.heartbeat(), APP_PING_MS);
    this.eventsTimer = this.timers.setInterval(() => this.pollEvents(), EVENTS_POLL_MS);
    this.connectSoon(0);
  }

  stop() {
    this.stopped = true;
    ['tokenTimer', 'pingTimer', 'eventsTimer'].forEach((name) => this.timers.clearInterval(this[name]));
    this.timers.clearTimeout(this.reconnectTimer);
    this.timers.clearTimeout(this.refreshTimer);
    this.reconnectTimer = null;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'page closed');
    this.setLive(false);
  }

  // ---- what the hooks use ----

  /** Interest in a channel whose frames go to queryKey; returns the release function. */
  want(channel, queryKey) {
    const entry = this.wanted.get(channel);
    if (entry) {
      entry.count += 1;
    } else {
      this.wanted.set(channel, { queryKey, count: 1 });
      this.sendSubscribe(channel);
      this.connectSoon(0);
    }
    return () => this.release(channel);
  }

  /** Operation events as they happen (pushed, or polled while the stream is down); returns the unsubscribe. */
  onEvent(listener) {
    this.eventListeners.add(listener);
    const release = this.want('events', null);
    return () => {
      this.eventListeners.delete(listener);
      release();
    };
  }

  /** True when the channel's data arrives by push now (so its hook need not poll). */
  isLive(channel) {
    return this.live && this.active.has(channel);
  }

  subscribe(listener) {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** 'live' or 'polling', for useSyncExternalStore; changes whenever any channel's state does. */
  snapshot() {
    return `${this.live ? 'live' : 'polling'}:${[...this.active].sort().join(',')}`;
  }

  // ---- the connection ----

  connectSoon(delayMs) {
    if (this.stopped || this.socket || this.reconnectTimer || this.wanted.size === 0) {
      return;
    }
    this.reconnectTimer = this.timers.setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delayMs);
  }

  connect() {
    if (this.stopped || this.socket || this.wanted.size === 0) {
      return;
    }
    const token = this.token();
    if (!token || !this.WebSocketImpl) {
      this.connectSoon(backoffDelay(this.attempt++, this.random));
      return;
    }
    let socket;
    try {
      socket = new this.WebSocketImpl(this.url);
    } catch {
      this.connectSoon(backoffDelay(this.attempt++, this.random));
      return;
    }
    this.socket = socket;
    this.lastHeard = this.now();
    this.authToken = token;
    socket.onopen = () => {
      socket.send(JSON.stringify({ type: 'auth', token: this.authToken }));
    };
    socket.onmessage = (message) => this.received(socket, message.data);
    socket.onclose = (closed) => this.closed(socket, closed.code);
    socket.onerror = () => {};
  }

  received(socket, text) {
    if (socket !== this.socket) {
      return;
    }
    if (!this.sameSession()) {
      // Signed out or signed in as someone else: nothing of the old session may reach the page.
      this.restart();
      return;
    }
    this.lastHeard = this.now();
    let frame;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    switch (frame.type) {
      case 'ready':
        this.attempt = 0;
        if (this.lastEventId == null && Number.isInteger(frame.last_event_id)) {
          // Where the tenant's flow stands: a reconnect later asks for everything after it.
          this.lastEventId = frame.last_event_id;
        }
        this.scheduleRefresh(frame.closes_at ?? frame.expires_at);
        if (!this.live) {
          this.live = true;
          [...this.wanted.keys()].forEach((channel) => this.sendSubscribe(channel));
          this.notify();
        }
        break;
      case 'subscribed':
        this.active.add(frame.channel);
        this.notify();
        break;
      case 'unsubscribed':
        this.active.delete(frame.channel);
        this.notify();
        break;
      case 'price':
      case 'positions': {
        const entry = this.wanted.get(frame.channel);
        if (entry?.queryKey) {
          this.queryClient.setQueryData(entry.queryKey, frame.data);
        }
        break;
      }
      case 'event':
        this.deliverEvent(frame.data);
        break;
      case 'error':
        if (frame.code === 'token_expired' || frame.code === 'invalid_token') {
          this.refresh().catch(() => {});
        }
        break;
      default:
        break;
    }
  }

  closed(socket, code) {
    if (socket !== this.socket) {
      return;
    }
    this.socket = null;
    this.setLive(false);
    if (this.stopped) {
      return;
    }
    if (code === 4401) {
      // The token was refused or expired: a fresh one first, then at once.
      this.refresh()
        .catch(() => {})
        .finally(() => this.connectSoon(backoffDelay(0, this.random)));
      return;
    }
    this.connectSoon(backoffDelay(this.attempt++, this.random));
  }

  setLive(live) {
    const changed = this.live !== live || (!live && this.active.size > 0);
    this.live = live;
    if (!live) {
      this.active.clear();
    }
    if (changed) {
      this.notify();
    }
  }

  sendSubscribe(channel) {
    if (!this.live || !this.socket) {
      return;
    }
    if (!this.sameSession()) {
      this.restart();
      return;
    }
    const message = { type: 'subscribe', channel };
    if (channel === 'events' && this.lastEventId != null) {
      message.after = this.lastEventId;
    }
    this.socket.send(JSON.stringify(message));
  }

  release(channel) {
    const entry = this.wanted.get(channel);
    if (!entry) {
      return;
    }
    entry.count -= 1;
    if (entry.count > 0) {
      return;
    }
    this.wanted.delete(channel);
    if (this.live && this.socket) {
      this.socket.send(JSON.stringify({ type: 'unsubscribe', channel }));
    }
    this.active.delete(channel);
    this.notify();
  }

  checkToken() {
    if (!this.socket) {
      return;
    }
    if (!this.sameSession()) {
      this.restart();
      return;
    }
    const token = this.token();
    if (this.live && token !== this.authToken) {
      this.authToken = token;
      this.socket.send(JSON.stringify({ type: 'auth', token }));
    }
  }

  /** Whether the current token is the connected user's (a refreshed one is; another user's or none is not). */
  sameSession() {
    const token = this.token();
    return Boolean(token) && (token === this.authToken || identityOf(token) === identityOf(this.authToken ?? ''));
  }

  /** Drops the connection and what it knew of the session; a new one opens if anything is followed. */
  restart() {
    const socket = this.socket;
    this.socket = null;
    this.authToken = null;
    this.lastEventId = null;
    this.seenEvents = [];
    this.timers.clearTimeout(this.refreshTimer);
    socket?.close(1000, 'session changed');
    this.setLive(false);
    this.connectSoon(0);
  }

  scheduleRefresh(closesAtSeconds) {
    this.timers.clearTimeout(this.refreshTimer);
    if (!closesAtSeconds) {
      return;
    }
    const delay = Math.max(MIN_REFRESH_DELAY_MS, closesAtSeconds * 1000 - this.now() - REFRESH_AHEAD_MS);
    this.refreshTimer = this.timers.setTimeout(() => {
      this.refresh().catch(() => {});
    }, delay);
  }

  heartbeat() {
    if (!this.socket || !this.live) {
      return;
    }
    if (this.now() - this.lastHeard > SILENT_MS) {
      // The server pings every 20 s and answers ours: a silent one is gone.
      const socket = this.socket;
      this.closed(socket, 1006);
      socket.close();
      return;
    }
    this.socket.send(JSON.stringify({ type: 'ping' }));
  }

  // ---- events ----

  deliverEvent(event) {
    if (!event || this.seenEvents.includes(event.id)) {
      return;
    }
    this.seenEvents.push(event.id);
    if (this.seenEvents.length > SEEN_EVENTS) {
      this.seenEvents.shift();
    }
    this.lastEventId = Math.max(this.lastEventId ?? 0, event.id);
    this.eventListeners.forEach((listener) => listener(event));
  }

  /** While the stream is down: the events the tab missed, from GET /api/events/. */
  async pollEvents() {
    if (this.live || this.eventListeners.size === 0 || this.polling) {
      return;
    }
    this.polling = true;
    try {
      const page = await this.fetchEvents(this.lastEventId);
      const events = page?.events ?? [];
      if (this.lastEventId == null) {
        // The first look only learns where the flow is: old events are not news.
        this.lastEventId = events.length ? events[events.length - 1].id : 0;
        events.forEach((event) => this.seenEvents.push(event.id));
      } else {
        events.forEach((event) => this.deliverEvent(event));
      }
    } catch {
      // The next poll tries again.
    } finally {
      this.polling = false;
    }
  }

  notify() {
    this.statusListeners.forEach((listener) => listener());
  }
}

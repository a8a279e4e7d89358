/**
 * The transport to Robson's API. The access token lives in this module's memory only: never
 * in localStorage, sessionStorage or a readable cookie. The long-lived refresh token stays in
 * the server's HttpOnly, SameSite=Strict cookie, which page scripts cannot read; the copy the
 * login body also carries (for the CLI) is dropped unread.
 */

export class ApiError extends Error {
  constructor({ status, code, title, detail, retryAfterSeconds = null, fieldErrors = [] }) {
    super(detail || title || `HTTP ${status}`);
    // The server's per-field messages of a 400 ({field, message}), shown beside each input.
    this.fieldErrors = fieldErrors;
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.title = title;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The refresh cookie was refused: the user has to log in again. */
export class SessionEndedError extends ApiError {
  constructor(cause) {
    super({
      status: 401,
      code: cause?.code ?? 'session_ended',
      title: 'Session ended',
      detail: sessionEndedMessage(cause?.code),
    });
    this.name = 'SessionEndedError';
  }
}

export function sessionEndedMessage(code) {
  switch (code) {
    case 'refresh_token_reused':
      return 'Your session was revoked because its refresh token was used twice. Please sign in again.';
    case 'refresh_token_expired':
      return 'Your session expired. Please sign in again.';
    default:
      return 'Your session is no longer valid. Please sign in again.';
  }
}

const session = {
  accessToken: null,
  refreshing: null,
  endListeners: new Set(),
};

export function setAccessToken(token) {
  session.accessToken = token || null;
}

export function accessToken() {
  return session.accessToken;
}

export function clearSession() {
  session.accessToken = null;
}

/** Called with a SessionEndedError when a refresh is refused mid-session. Returns an unsubscribe. */
export function onSessionEnded(listener) {
  session.endListeners.add(listener);
  return () => session.endListeners.delete(listener);
}

function endSession(error) {
  session.accessToken = null;
  session.endListeners.forEach((listener) => listener(error));
}

async function problemFrom(response) {
  let body = {};
  try {
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('json')) {
      body = await response.json();
    }
  } catch {
    body = {};
  }
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return new ApiError({
    status: response.status,
    code: body.code ?? `http_${response.status}`,
    title: body.title ?? response.statusText,
    detail: body.detail ?? (response.statusText || `HTTP ${response.status}`),
    retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : null,
    fieldErrors: Array.isArray(body.errors) ? body.errors : [],
  });
}

/**
 * Sent on every call: the server accepts the refresh cookie only with it, because a page on
 * another port of this host (the same site, so the browser sends the cookie) cannot add a custom
 * header without a CORS preflight, which the server refuses.
 */
const DASHBOARD_HEADER = { 'X-Requested-With': 'robson-web' };

function send(path, { method = 'GET', body, signal, token, headers: extra = {} } = {}) {
  const headers = { ...extra, Accept: 'application/json, application/problem+json', ...DASHBOARD_HEADER };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  return fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
    signal,
  });
}

async function tokensFrom(response) {
  if (!response.ok) {
    throw await problemFrom(response);
  }
  const tokens = await response.json();
  // Only the short-lived access token is kept; tokens.refresh_token is deliberately ignored.
  session.accessToken = tokens.access_token;
  return tokens;
}

/**
 * Tabs share the refresh cookie. The Web Locks API makes their exchanges take turns, so a
 * second tab presents the cookie the first one has just rotated rather than the spent one
 * (which the server would take for theft). Without the API (old browsers, tests) each tab
 * still serialises its own refreshes.
 */
function oneTabAtATime(exchange) {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request('robson-refresh', exchange) : exchange();
}

/**
 * Trades the refresh cookie for a new access token. One exchange at a time: the server
 * rotates the cookie on each use and treats a second use of the same one as theft, so two
 * parallel refreshes would revoke the session.
 */
export function refreshSession() {
  if (!session.refreshing) {
    session.refreshing = oneTabAtATime(() => send('/api/auth/refresh', { method: 'POST' }).then(tokensFrom))
      .then((tokens) => tokens.access_token)
      .finally(() => {
        session.refreshing = null;
      });
  }
  return session.refreshing;
}

/** POST /api/auth/token: stores the access token and returns the token response. */
export async function createSession(username, password) {
  const response = await send('/api/auth/token', { method: 'POST', body: { username, password } });
  return tokensFrom(response);
}

/** POST /api/auth/logout: the server revokes the refresh family and clears the cookie. */
export async function deleteSession() {
  session.accessToken = null;
  const response = await send('/api/auth/logout', { method: 'POST' });
  if (!response.ok && response.status !== 401) {
    throw await problemFrom(response);
  }
}

/**
 * A call to the API with the current access token. An expired token (401 invalid_token) is
 * refreshed once and the call retried once, with the same `headers` (an Idempotency-Key stays
 * one request); a refused refresh ends the session.
 */
export async function apiRequest(path, { method = 'GET', body, signal, headers } = {}) {
  const token = session.accessToken;
  let response = await send(path, { method, body, signal, token, headers });
  if (response.status === 401) {
    const problem = await problemFrom(response);
    if (problem.code !== 'invalid_token') {
      throw problem;
    }
    const fresh = await freshToken(token);
    response = await send(path, { method, body, signal, token: fresh, headers });
    if (response.status === 401) {
      const ended = new SessionEndedError(await problemFrom(response));
      endSession(ended);
      throw ended;
    }
  }
  if (!response.ok) {
    throw await problemFrom(response);
  }
  if (response.status === 204) {
    return null;
  }
  return response.json();
}

/** The read of one fixed path, taking only the query's abort signal: what a query's `queryFn` is. */
export function getFrom(path) {
  return ({ signal } = {}) => apiRequest(path, { signal });
}

async function freshToken(rejected) {
  // Another call may already have refreshed while this one was in flight.
  if (session.accessToken && session.accessToken !== rejected) {
    return session.accessToken;
  }
  try {
    return await refreshSession();
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 401) {
      const ended = new SessionEndedError(failure);
      endSession(ended);
      throw ended;
    }
    // The server could not be reached: not a verdict on the session; the next poll retries.
    throw failure;
  }
}

/** A short human sentence for any failure of a call. */
export function describeError(error) {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      return error.retryAfterSeconds
        ? `Too many requests; retrying in ${error.retryAfterSeconds} s.`
        : 'Too many requests; retrying shortly.';
    }
    return error.message;
  }
  if (error?.name === 'TypeError') {
    return 'The server cannot be reached.';
  }
  return error?.message || 'Unexpected error.';
}

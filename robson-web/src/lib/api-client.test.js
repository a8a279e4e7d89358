import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  SessionEndedError,
  accessToken,
  apiRequest,
  createSession,
  deleteSession,
  describeError,
  onSessionEnded,
  refreshSession,
  sessionEndedMessage,
  setAccessToken,
} from './api-client.js';
import { problem, stubFetch, tokens } from '../test/http.js';

function bearerOf(init) {
  return init.headers?.Authorization;
}

describe('the API client', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps only the access token, in memory, and never the refresh token', async () => {
    stubFetch(() => tokens('demo'));

    const answer = await createSession('demo', 'robson-demo');

    expect(accessToken()).toBe(answer.access_token);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(JSON.stringify({ token: accessToken() })).not.toContain('must-not-be-kept');
  });

  it('sends the bearer token and parses JSON', async () => {
    setAccessToken('token-1');
    const fetchMock = stubFetch(() => ({ status: 200, body: { positions: [] } }));

    await expect(apiRequest('/api/portfolio/positions/')).resolves.toEqual({ positions: [] });

    const [path, init] = fetchMock.mock.calls[0];
    expect(path).toBe('/api/portfolio/positions/');
    expect(bearerOf(init)).toBe('Bearer token-1');
    expect(init.credentials).toBe('same-origin');
  });

  it('refreshes an expired access token once and retries the call once', async () => {
    setAccessToken('expired');
    const fetchMock = stubFetch((path, init) => {
      if (path === '/api/auth/refresh') {
        return tokens('demo');
      }
      return bearerOf(init) === 'Bearer expired' ? problem(401, 'invalid_token') : { status: 200, body: { ok: true } };
    });

    await expect(apiRequest('/api/market/price/BTCUSDC/')).resolves.toEqual({ ok: true });

    expect(fetchMock.mock.calls.map(([path]) => path)).toEqual([
      '/api/market/price/BTCUSDC/',
      '/api/auth/refresh',
      '/api/market/price/BTCUSDC/',
    ]);
    expect(fetchMock.mock.calls[1][1].body).toBeUndefined();
    // The cookie refresh carries the dashboard's header: without it the server refuses the cookie.
    expect(fetchMock.mock.calls[1][1].headers['X-Requested-With']).toBe('robson-web');
  });

  it('refreshes once for many calls that expire together: a second use of the cookie would revoke it', async () => {
    setAccessToken('expired');
    let release;
    const gate = new Promise((resolve) => {
      release = resolve;
    });
    const fetchMock = stubFetch(async (path, init) => {
      if (path === '/api/auth/refresh') {
        await gate;
        return tokens('demo');
      }
      return bearerOf(init) === 'Bearer expired' ? problem(401, 'invalid_token') : { status: 200, body: { path } };
    });

    const calls = Promise.all([apiRequest('/api/a'), apiRequest('/api/b'), apiRequest('/api/c')]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await calls;

    expect(fetchMock.mock.calls.filter(([path]) => path === '/api/auth/refresh')).toHaveLength(1);
  });

  it('ends the session when the refresh is refused, and tells whoever listens', async () => {
    setAccessToken('expired');
    const ended = vi.fn();
    const unsubscribe = onSessionEnded(ended);
    stubFetch((path) => (path === '/api/auth/refresh' ? problem(401, 'refresh_token_reused') : problem(401, 'invalid_token')));

    const failure = await apiRequest('/api/portfolio/positions/').catch((error) => error);

    expect(failure).toBeInstanceOf(SessionEndedError);
    expect(failure.code).toBe('refresh_token_reused');
    expect(failure.message).toMatch(/revoked/);
    expect(ended).toHaveBeenCalledWith(failure);
    expect(accessToken()).toBeNull();
    unsubscribe();
  });

  it('does not end the session when the server cannot be reached during a refresh', async () => {
    setAccessToken('expired');
    const ended = vi.fn();
    const unsubscribe = onSessionEnded(ended);
    stubFetch((path) => (path === '/api/auth/refresh' ? new TypeError('Failed to fetch') : problem(401, 'invalid_token')));

    await expect(apiRequest('/api/portfolio/positions/')).rejects.toThrow(TypeError);

    expect(ended).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('does not refresh for other 401s, such as a missing token', async () => {
    const fetchMock = stubFetch(() => problem(401, 'unauthenticated'));

    await expect(apiRequest('/api/portfolio/positions/')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('turns problem+json into an ApiError with its code and Retry-After', async () => {
    setAccessToken('t');
    stubFetch(() => problem(429, 'rate_limited', 'Slow down.', { 'Retry-After': '3' }));

    const failure = await apiRequest('/api/market/price/BTCUSDC/').catch((error) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 3 });
    expect(describeError(failure)).toBe('Too many requests; retrying in 3 s.');
  });

  it('copes with an error that is not JSON', async () => {
    setAccessToken('t');
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } })));

    const failure = await apiRequest('/api/x').catch((error) => error);

    expect(failure).toMatchObject({ status: 502, code: 'http_502' });
    expect(describeError(failure)).toBe('Bad Gateway');
  });

  it('answers null for 204 and logs out through the cookie', async () => {
    setAccessToken('t');
    const fetchMock = stubFetch(() => ({ status: 204 }));

    await deleteSession();

    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/logout');
    expect(accessToken()).toBeNull();
    await expect(apiRequest('/api/x')).resolves.toBeNull();
  });

  it('surfaces a failed logout other than 401', async () => {
    stubFetch(() => problem(500, 'internal_error', 'Incident 42.'));
    await expect(deleteSession()).rejects.toMatchObject({ status: 500 });
  });

  it('restores an access token from the cookie alone', async () => {
    const fetchMock = stubFetch(() => tokens('acme'));
    const token = await refreshSession();
    expect(token).toBe(accessToken());
    expect(fetchMock.mock.calls[0][1].method).toBe('POST');
  });

  it('explains failures in one sentence', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toBe('The server cannot be reached.');
    expect(describeError(new ApiError({ status: 429 }))).toBe('Too many requests; retrying shortly.');
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError(undefined)).toBe('Unexpected error.');
    expect(sessionEndedMessage('refresh_token_expired')).toMatch(/expired/);
    expect(sessionEndedMessage('invalid_refresh_token')).toMatch(/no longer valid/);
  });

  it('takes the cross-tab lock around a refresh when the browser has one', async () => {
    const request = vi.fn((name, exchange) => exchange());
    vi.stubGlobal('navigator', { ...globalThis.navigator, locks: { request } });
    stubFetch(() => tokens('demo'));

    const token = await refreshSession();

    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0][0]).toBe('robson-refresh');
    expect(token).toEqual(expect.any(String));
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError, SessionEndedError } from './api-client.js';
import { pollDelay, toLoadable } from './live-query.js';

describe('the polling policy', () => {
  it('polls at the widget interval', () => {
    expect(pollDelay({ data: {}, error: null }, 5_000)).toBe(5_000);
  });

  it('waits as long as the server asks after a 429', () => {
    expect(pollDelay({ error: new ApiError({ status: 429, retryAfterSeconds: 7 }) }, 1_000)).toBe(7_000);
    expect(pollDelay({ error: new ApiError({ status: 429, retryAfterSeconds: 0 }) }, 1_000)).toBe(1_000);
  });

  it('asks rarely for an endpoint that is not there, and never after the session ended', () => {
    expect(pollDelay({ error: new ApiError({ status: 404 }) }, 5_000)).toBe(60_000);
    expect(pollDelay({ error: new SessionEndedError({ code: 'refresh_token_expired' }) }, 5_000)).toBe(false);
  });

  it('lets the data say when to ask next', () => {
    expect(pollDelay({ data: { next: 42 }, error: null }, 15_000, (data) => data.next)).toBe(42);
    expect(pollDelay({ data: undefined, error: null }, 15_000, () => 42)).toBe(15_000);
  });

  it('describes a query as a transport-neutral loadable', () => {
    const refetch = () => {};
    expect(toLoadable({ status: 'success', data: { a: 1 }, error: null, isError: false, dataUpdatedAt: 10, refetch }, 5_000)).toEqual({
      status: 'success',
      data: { a: 1 },
      error: null,
      hasData: true,
      failing: false,
      updatedAt: 10,
      intervalMs: 5_000,
      refresh: refetch,
    });
    expect(toLoadable({ status: 'pending', data: undefined, error: null, isError: false, dataUpdatedAt: 0, refetch }, 1_000)).toMatchObject({
      hasData: false,
      updatedAt: null,
    });
  });
});

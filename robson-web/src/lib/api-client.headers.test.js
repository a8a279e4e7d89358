import { describe, expect, it } from 'vitest';
import { apiRequest, setAccessToken } from './api-client.js';
import { problem, stubFetch, tokens } from '../test/http.js';

describe('the API client’s extra headers', () => {
  it('sends them, keeps its own, and sends them again on the retry after a refreshed token', async () => {
    setAccessToken('expired');
    const fetchMock = stubFetch((path, init) => {
      if (path === '/api/auth/refresh') {
        return tokens('demo');
      }
      return init.headers.Authorization === 'Bearer expired' ? problem(401, 'invalid_token') : { status: 200, body: { status: 'ACTIVE' } };
    });

    const answer = await apiRequest('/api/operations/42/confirm/', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'key-1', Accept: 'text/html' },
    });

    expect(answer).toEqual({ status: 'ACTIVE' });
    const confirmations = fetchMock.mock.calls.filter(([path]) => path === '/api/operations/42/confirm/');
    expect(confirmations).toHaveLength(2);
    expect(confirmations.map(([, init]) => init.headers['Idempotency-Key'])).toEqual(['key-1', 'key-1']);
    expect(confirmations.map(([, init]) => init.headers.Accept)).toEqual(['application/json, application/problem+json', 'application/json, application/problem+json']);
    expect(confirmations[1][1].headers.Authorization).not.toBe('Bearer expired');
  });
});

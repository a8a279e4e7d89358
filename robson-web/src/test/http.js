import { vi } from 'vitest';

function reply({ status = 200, body, headers = {} }) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type, ...headers },
  });
}

export function problem(status, code, detail = code, headers = {}) {
  return { status, body: { type: 'about:blank', title: 'Problem', status, detail, code }, headers };
}

const unexpected = [];

/**
 * Requests no route answered since the last call: a test fails on them (see setup.js), so a
 * mistyped path cannot pass as an ordinary 404.
 */
export function takeUnexpectedRequests() {
  return unexpected.splice(0);
}

/**
 * Replaces fetch with a router: `routes(path, init)` returns { status, body, headers } or a
 * promise of it; answering nothing (undefined) marks the request unexpected. Every call is
 * recorded on the returned mock. A route that means "not found" returns problem(404, …).
 */
export function stubFetch(routes) {
  const fetchMock = vi.fn(async (path, init = {}) => {
    const answer = await routes(String(path), init);
    if (answer instanceof Error) {
      throw answer;
    }
    if (answer === undefined || answer === null) {
      unexpected.push(`${init.method ?? 'GET'} ${path}`);
      throw new TypeError(`no route for ${path}`);
    }
    return reply(answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function callsTo(fetchMock, prefix) {
  return fetchMock.mock.calls.filter(([path]) => String(path).startsWith(prefix));
}

/** An unsigned JWT-shaped token whose payload names the user (the client only reads `sub`). */
export function accessTokenFor(username) {
  const encode = (value) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256' })}.${encode({ sub: username, tenant_id: 1 })}.signature`;
}

export function tokens(username = 'demo') {
  return { status: 200, body: { access_token: accessTokenFor(username), token_type: 'Bearer', expires_in: 900, refresh_token: 'must-not-be-kept', refresh_expires_in: 2592000 } };
}

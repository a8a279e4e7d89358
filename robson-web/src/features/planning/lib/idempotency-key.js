/**
 * One key per plan, made once: every confirmation of that plan (a double click, a retry after
 * a lost answer) carries it, so the server buys at most once. 36 characters of [0-9a-f-],
 * inside the 1–64 of [A-Za-z0-9_-] the server accepts.
 */
export function newIdempotencyKey() {
  return globalThis.crypto.randomUUID();
}

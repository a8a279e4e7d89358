import { vi } from 'vitest';

/** A loadable as useLiveQuery returns it, for panel tests that do not need a query client. */
export function loaded(data, { updatedAt = Date.now(), intervalMs = 5_000, failing = false, error = null } = {}) {
  return { status: failing ? 'error' : 'success', data, error, hasData: true, failing, updatedAt, intervalMs, refresh: vi.fn() };
}

export function loading(intervalMs = 5_000) {
  return { status: 'pending', data: undefined, error: null, hasData: false, failing: false, updatedAt: null, intervalMs, refresh: vi.fn() };
}

export function failed(error, intervalMs = 5_000) {
  return { status: 'error', data: undefined, error, hasData: false, failing: true, updatedAt: null, intervalMs, refresh: vi.fn() };
}

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect, vi } from 'vitest';
import { clearSession } from '../lib/api-client.js';
import { takeUnexpectedRequests } from './http.js';

// findBy/waitFor give up after this long: a bound on a hang, not a speed target (the default
// 1 s is too short for a busy two-core machine rendering the whole app).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  expect(takeUnexpectedRequests(), 'requests no route of the test answered').toEqual([]);
  clearSession();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

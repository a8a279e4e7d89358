import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { clearSession } from '../lib/api-client.js';
import { applyDisplayRules } from '../lib/display-rules.js';
import { displayRules } from './fixtures.js';
import { takeUnexpectedRequests } from './http.js';

// findBy/waitFor give up after this long: a bound on a hang, not a speed target (the default
// 1 s is too short for a busy two-core machine rendering the whole app).
configure({ asyncUtilTimeout: 10_000 });

// What the cockpit fetches before it shows an amount (lib/display-rules.js).
beforeEach(() => {
  applyDisplayRules(displayRules);
});

afterEach(() => {
  cleanup();
  expect(takeUnexpectedRequests(), 'requests no route of the test answered').toEqual([]);
  clearSession();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { clearSession } from '../lib/api-client.js';
import { applyDisplayRules } from '../lib/display-rules.js';
import { displayRules } from './fixtures.js';
import { takeUnexpectedRequests } from './http.js';

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

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, expect, vi } from 'vitest';
import { clearSession } from '../lib/api-client.js';
import { takeUnexpectedRequests } from './http.js';

afterEach(() => {
  cleanup();
  expect(takeUnexpectedRequests(), 'requests no route of the test answered').toEqual([]);
  clearSession();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

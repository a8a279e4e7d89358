import { describe, expect, it } from 'vitest';
import { candleTimeOf, chartWindow } from './chart-window.js';

describe('chartWindow', () => {
  const now = Date.parse('2026-12-01T12:00:00Z') / 1000;

  it('uses 15-minute candles for a day-long life and reaches back past the entry', () => {
    const window = chartWindow('2026-11-30T12:00:00Z', '2026-12-01T00:00:00Z', now);
    expect(window.interval).toBe('15m');
    // 12 h life: margin max(1.8 h, 8 candles = 2 h) = 2 h; from 10:00 on 11-30, 26 h before now: 2 days
    expect(window.days).toBe(2);
    expect(window.from).toBe(Date.parse('2026-11-30T10:00:00Z') / 1000);
    expect(window.to).toBe(Date.parse('2026-12-01T02:00:00Z') / 1000);
    expect(window.entryOutOfReach).toBe(false);
  });

  it('says when the entry is older than the 30 days the server serves', () => {
    const window = chartWindow('2025-12-22T14:30:00Z', null, now);
    expect(window.interval).toBe('4h');
    expect(window.days).toBe(30);
    expect(window.entryOutOfReach).toBe(true);
    expect(candleTimeOf(1_000, 900)).toBe(900);
  });
});

import { describe, expect, it } from 'vitest';
import { untilNextClose } from '../api/get-candles.js';
import { applyTick } from './forming-candle.js';
import { priceLinesFor, signatureOf, withLines } from './price-lines.js';
import { ethShort, position1 } from '../../../test/fixtures.js';

const forming = { open_time: 1000, close_time: 1900, open: '100.00', high: '101.00', low: '99.00', close: '100.50', volume: '2.5', closed: false };

describe('the forming candle', () => {
  it('follows each tick: close moves, high and low widen, exactly', () => {
    expect(applyTick(forming, { last: '101.50', timestamp: 1200 }, 900).candle).toMatchObject({ close: '101.50', high: '101.50', low: '99.00' });
    expect(applyTick(forming, { last: '98.99', timestamp: 1200 }, 900).candle).toMatchObject({ close: '98.99', high: '101.00', low: '98.99' });
    expect(applyTick(forming, { last: '100.50', timestamp: 1200 }, 900).candle).toBe(forming);
  });

  it('ignores ticks from before the candle and ticks without a price', () => {
    expect(applyTick(forming, { last: '150.00', timestamp: 999 }, 900)).toEqual({ candle: forming, closed: false });
    expect(applyTick(forming, null, 900)).toEqual({ candle: forming, closed: false });
    expect(applyTick(null, { last: '1', timestamp: 1 }, 900)).toEqual({ candle: null, closed: false });
  });

  it('starts a new candle when the period is over, and says the old one closed', () => {
    const { candle, closed } = applyTick(forming, { last: '102.00', timestamp: 1905 }, 900);
    expect(closed).toBe(true);
    expect(candle).toEqual({ open_time: 1900, close_time: 2800, open: '102.00', high: '102.00', low: '102.00', close: '102.00', volume: '0', closed: false });
    expect(applyTick(forming, { last: '102.00', timestamp: 1000 + 900 * 3 + 1 }, 900).candle.open_time).toBe(1000 + 900 * 3);
  });

  it('reads the history again just after the forming candle closes', () => {
    const history = { candles: [forming] };
    expect(untilNextClose(history, 1_500_000)).toBe(401_000);
    expect(untilNextClose(history, 1_950_000)).toBe(1_000);
    expect(untilNextClose({ candles: [] }, 0)).toBe(15 * 60_000);
  });
});

describe('the price lines', () => {
  it('draws entry, stop and target for each position of the symbol', () => {
    const lines = priceLinesFor([position1, ethShort], 'BTCUSDC');
    expect(lines.map(({ kind, title, price }) => ({ kind, title, price }))).toEqual([
      { kind: 'entry', title: 'Entry', price: '88837.92' },
      { kind: 'stop', title: 'Stop', price: '87061.16' },
      { kind: 'target', title: 'Target', price: '92391.44' },
    ]);
    expect(signatureOf(lines)).toBe('entry:Entry:88837.92|stop:Stop:87061.16|target:Target:92391.44');
  });

  it('numbers the lines when several positions share the symbol', () => {
    const titles = priceLinesFor([position1, { ...position1, operation_id: 2 }], 'BTCUSDC').map((line) => line.title);
    expect(titles).toEqual(['Entry #1', 'Stop #1', 'Target #1', 'Entry #2', 'Stop #2', 'Target #2']);
    expect(priceLinesFor(undefined, 'BTCUSDC')).toEqual([]);
  });
});

describe('the chart range', () => {
  it('widens to keep the stop and the target in view', () => {
    const candles = { priceRange: { minValue: 88000, maxValue: 90000 }, margins: { above: 1, below: 1 } };
    expect(withLines(candles, { min: 87061.16, max: 92391.44 })).toEqual({
      priceRange: { minValue: 87061.16, maxValue: 92391.44 },
      margins: { above: 1, below: 1 },
    });
    expect(withLines(candles, null)).toBe(candles);
    expect(withLines(null, { min: 1, max: 2 })).toBeNull();
  });
});

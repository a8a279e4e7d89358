import { maxDecimal, minDecimal } from '../../../lib/decimal.js';

/**
 * Moves the forming candle with a price tick (the last trade price, as exchange candles use),
 * so the chart is live between two candle reads. A tick past the candle's period means the
 * candle has closed: a new one starts at the tick and `closed` asks for a fresh read of the
 * history. Prices stay decimal strings; high and low are chosen by exact comparison.
 */
export function applyTick(candle, tick, periodSeconds) {
  if (!candle || tick?.last == null || tick.timestamp == null || tick.timestamp < candle.open_time) {
    return { candle, closed: false };
  }
  if (tick.timestamp < candle.open_time + periodSeconds) {
    if (candle.close === tick.last && candle.high === maxDecimal(candle.high, tick.last) && candle.low === minDecimal(candle.low, tick.last)) {
      return { candle, closed: false };
    }
    return {
      candle: {
        ...candle,
        close: tick.last,
        high: maxDecimal(candle.high, tick.last),
        low: minDecimal(candle.low, tick.last),
      },
      closed: false,
    };
  }
  const periods = Math.floor((tick.timestamp - candle.open_time) / periodSeconds);
  const openTime = candle.open_time + periods * periodSeconds;
  return {
    candle: {
      open_time: openTime,
      close_time: openTime + periodSeconds,
      open: tick.last,
      high: tick.last,
      low: tick.last,
      close: tick.last,
      volume: '0',
      closed: false,
    },
    closed: true,
  };
}

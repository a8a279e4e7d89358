import { useState } from 'react';
import { compareDecimal } from '../../../lib/decimal.js';

/**
 * The direction of the last change of a price: 'up', 'down', or null before any change. An
 * unchanged tick keeps the last direction, as a ticker does. A new symbol starts afresh.
 */
export function usePriceDirection(symbol, price) {
  const [seen, setSeen] = useState({ symbol, price, direction: null });
  if (seen.symbol !== symbol) {
    setSeen({ symbol, price, direction: null });
    return null;
  }
  if (price != null && price !== seen.price) {
    const direction = seen.price == null ? null : compareDecimal(price, seen.price) > 0 ? 'up' : 'down';
    setSeen({ symbol, price, direction: direction ?? seen.direction });
    return direction ?? seen.direction;
  }
  return seen.direction;
}

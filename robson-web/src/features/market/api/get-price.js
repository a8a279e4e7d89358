import { apiRequest } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';
import { intervals } from '../../../config/intervals.js';
import { isSymbol } from '../../../lib/symbols.js';

/** GET /api/market/price/{symbol}/: bid, ask, last, spread and the quote's age. */
export function getPrice(symbol, { signal } = {}) {
  if (!isSymbol(symbol)) {
    return Promise.reject(new TypeError(`Not a symbol: ${symbol}`));
  }
  return apiRequest(`/api/market/price/${symbol}/`, { signal });
}

export const priceQueryKey = (symbol) => ['market', 'price', symbol];

export function usePrice(symbol) {
  return useLiveQuery({
    queryKey: priceQueryKey(symbol),
    queryFn: ({ signal }) => getPrice(symbol, { signal }),
    intervalMs: intervals.price,
    enabled: Boolean(symbol),
    channel: symbol ? `price:${symbol}` : null,
  });
}

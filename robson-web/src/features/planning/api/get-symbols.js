import { useQuery } from '@tanstack/react-query';
import { getFrom } from '../../../lib/api-client.js';
import { symbolsQueryKey } from './query-keys.js';

/** GET /api/market/symbols/: the symbols Robson trades, with their filters. */
export const getSymbols = getFrom('/api/market/symbols/');

function bySymbol(a, b) {
  return a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0;
}

/** The catalogue changes with the exchange's listings, rarely: read once an hour. */
export function useSymbols() {
  return useQuery({
    queryKey: symbolsQueryKey,
    queryFn: getSymbols,
    select: (answer) => (Array.isArray(answer) ? [...answer].sort(bySymbol) : []),
    staleTime: 60 * 60_000,
  });
}

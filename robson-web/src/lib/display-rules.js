import { useQuery } from '@tanstack/react-query';
import { ApiError, apiRequest } from './api-client.js';

/**
 * How amounts read, as the server publishes it (GET /api/market/display-rules/): the quote
 * assets shown as dollars. The list lives on the server alone; the cockpit fetches it once per
 * session before it shows any amount. Without it (a server that does not publish it) every
 * amount carries its asset code.
 */
let usdQuoteAssets = new Set();

export const displayRulesQueryKey = ['market', 'display-rules'];

export function applyDisplayRules(rules) {
  usdQuoteAssets = new Set((rules?.usd_quote_assets ?? []).map((asset) => String(asset).toUpperCase()));
}

export function isUsdQuote(quoteAsset) {
  return usdQuoteAssets.has(String(quoteAsset ?? '').toUpperCase());
}

export async function getDisplayRules({ signal } = {}) {
  try {
    const rules = await apiRequest('/api/market/display-rules/', { signal });
    applyDisplayRules(rules);
    return rules;
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 404) {
      applyDisplayRules(null);
      return { usd_quote_assets: [] };
    }
    throw failure;
  }
}

/** Fetched once; the rules change only with a new server version. */
export function useDisplayRules() {
  return useQuery({
    queryKey: displayRulesQueryKey,
    queryFn: getDisplayRules,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

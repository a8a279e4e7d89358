import { useQuery } from '@tanstack/react-query';
import { getFrom } from '../../../lib/api-client.js';
import { strategiesQueryKey } from './query-keys.js';

/** GET /api/strategies/: the tenant's strategies by name. */
export const getStrategies = getFrom('/api/strategies/');

/** Configuration, not market data: read once per session and on a retry. */
export function useStrategies() {
  return useQuery({
    queryKey: strategiesQueryKey,
    queryFn: getStrategies,
    select: (answer) => (Array.isArray(answer?.strategies) ? answer.strategies : []),
    staleTime: 10 * 60_000,
  });
}

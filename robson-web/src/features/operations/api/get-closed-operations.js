import { getFrom } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';
import { intervals } from '../../../config/intervals.js';

/** GET /api/operations/?status=closed: finished operations with their realized P&L and reason. */
export const getClosedOperations = getFrom('/api/operations/?status=closed');

export const closedOperationsQueryKey = ['operations', 'closed'];

export function useClosedOperations() {
  return useLiveQuery({
    queryKey: closedOperationsQueryKey,
    queryFn: getClosedOperations,
    intervalMs: intervals.closedOperations,
  });
}

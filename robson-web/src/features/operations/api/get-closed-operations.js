import { apiRequest } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';
import { intervals } from '../../../config/intervals.js';

/** GET /api/operations/?status=closed: finished operations with their realized P&L and reason. */
export function getClosedOperations({ signal } = {}) {
  return apiRequest('/api/operations/?status=closed', { signal });
}

export const closedOperationsQueryKey = ['operations', 'closed'];

export function useClosedOperations() {
  return useLiveQuery({
    queryKey: closedOperationsQueryKey,
    queryFn: getClosedOperations,
    intervalMs: intervals.closedOperations,
  });
}

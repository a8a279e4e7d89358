import { useQuery } from '@tanstack/react-query';
import { getFrom } from '../../../lib/api-client.js';
import { waitingPlansQueryKey } from './query-keys.js';

/** GET /api/operations/plans/waiting/: the plans still waiting for a confirmation, newest first. */
export const getWaitingPlans = getFrom('/api/operations/plans/waiting/');

/**
 * Read once when the page loads, to restore a plan card a reload took away: the plan on screen
 * is the page's own state from then on, so this is never refetched behind it.
 */
export function useWaitingPlans() {
  return useQuery({
    queryKey: waitingPlansQueryKey,
    queryFn: getWaitingPlans,
    select: (answer) => (Array.isArray(answer?.plans) ? answer.plans : []),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

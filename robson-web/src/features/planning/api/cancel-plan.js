import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { riskStatusQueryKey } from './query-keys.js';

/** POST /api/operations/{id}/cancel/: drops a plan not yet confirmed, and its risk from the budget. */
export function cancelPlan({ id }) {
  return apiRequest(`/api/operations/${id}/cancel/`, { method: 'POST' });
}

export function useCancelPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelPlan,
    onSettled: () => queryClient.invalidateQueries({ queryKey: riskStatusQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { riskStatusQueryKey } from './query-keys.js';

/** POST /api/operations/plan/ (the Activate Monitoring button): the plan, saved PLANNED; nothing bought. */
export function createPlan({ strategyId, symbol }) {
  return apiRequest('/api/operations/plan/', { method: 'POST', body: { strategy_id: strategyId, symbol } });
}

/** The answer carries the month's budget with this plan's risk in it: shown at once. */
export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: (plan) => {
      if (plan?.budget) {
        queryClient.setQueryData(riskStatusQueryKey, plan.budget);
      }
    },
    onError: () => queryClient.invalidateQueries({ queryKey: riskStatusQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { ENTRY_AFFECTS, riskStatusQueryKey } from './query-keys.js';

/**
 * POST /api/operations/{id}/confirm/: buys at up to the plan's entry max. The key is the
 * plan's, the same on every attempt: the server answers a repeat with the first result and
 * buys nothing more.
 */
export function confirmPlan({ id, idempotencyKey }) {
  return apiRequest(`/api/operations/${id}/confirm/`, { method: 'POST', headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Whatever the answer, the positions, the account and the budget are read again at once. */
export function useConfirmPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmPlan,
    onSettled: () => {
      [...ENTRY_AFFECTS, riskStatusQueryKey].forEach((queryKey) => queryClient.invalidateQueries({ queryKey }));
    },
  });
}

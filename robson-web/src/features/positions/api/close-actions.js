import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { positionsQueryKey } from './get-positions.js';

/** POST /api/operations/{id}/close/retry/: a CLOSING operation's close, tried again now. */
export function retryClose(operationId) {
  return apiRequest(`/api/operations/${operationId}/close/retry/`, { method: 'POST' });
}

/**
 * POST /api/operations/{id}/resolve/: settles a CLOSING operation with what the exchange shows,
 * `{ outcome: 'NOTHING_SOLD' }` or `{ outcome: 'CLOSED_OUTSIDE', fills: [{ quantity, price }] }`.
 * Amounts go as the decimal strings typed.
 */
export function resolveClose(operationId, resolution) {
  return apiRequest(`/api/operations/${operationId}/resolve/`, { method: 'POST', body: resolution });
}

/** Either action, then the positions are read again so the card shows what the server decided. */
export function useCloseAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ operationId, resolution }) =>
      resolution ? resolveClose(operationId, resolution) : retryClose(operationId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: positionsQueryKey }),
  });
}

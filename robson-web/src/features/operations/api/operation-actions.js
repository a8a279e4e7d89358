import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.js';
import { positionsQueryKey } from '../../positions/index.js';

/** POST /api/operations/: start guarding a position already filled on the exchange. */
export function trackOperation(request) {
  return apiRequest('/api/operations/', { method: 'POST', body: request });
}

/** PATCH /api/operations/{id}/: a new stop and/or target. */
export function moveProtection(id, request) {
  return apiRequest(`/api/operations/${id}/`, { method: 'PATCH', body: request });
}

/** POST /api/operations/{id}/protection-preview/: the same checks and the new figures, nothing saved. */
export function previewProtection(id, request) {
  return apiRequest(`/api/operations/${id}/protection-preview/`, { method: 'POST', body: request });
}

/** POST /api/operations/{id}/close/: close now through the same path as the stop monitor. */
export function closeOperation(id) {
  return apiRequest(`/api/operations/${id}/close/`, { method: 'POST' });
}

/**
 * An action on operations; on success every view of positions and operations is read again at
 * once, so the cards show what happened without waiting for the next poll. `onSuccess` runs
 * even when the component that asked is gone by then (a pushed update may remove a closed
 * position's card before the close's answer arrives).
 */
export function useOperationAction(action, { onSuccess } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (result) => {
      queryClient.invalidateQueries({ queryKey: positionsQueryKey });
      queryClient.invalidateQueries({ queryKey: ['operations'] });
      queryClient.invalidateQueries({ queryKey: ['history'] });
      onSuccess?.(result);
    },
  });
}

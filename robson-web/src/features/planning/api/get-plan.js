import { apiRequest } from '../../../lib/api-client.js';

/**
 * GET /api/operations/{id}/plan/: a plan's current state. Read after a confirmation is refused
 * as no longer PLANNED (409), to show what the plan became (confirmed elsewhere, cancelled,
 * expired) rather than guess.
 */
export function getPlan(id, { signal } = {}) {
  return apiRequest(`/api/operations/${id}/plan/`, { signal });
}

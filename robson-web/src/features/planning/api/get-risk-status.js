import { getFrom } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';
import { intervals } from '../../../config/intervals.js';
import { riskStatusQueryKey } from './query-keys.js';

/** GET /api/risk/status/: the month's risk budget, what is left of it, and whether it is paused. */
export const getRiskStatus = getFrom('/api/risk/status/');

export function useRiskStatus() {
  return useLiveQuery({ queryKey: riskStatusQueryKey, queryFn: getRiskStatus, intervalMs: intervals.riskStatus });
}

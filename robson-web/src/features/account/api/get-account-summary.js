import { getFrom } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';
import { intervals } from '../../../config/intervals.js';

/** GET /api/account/summary/: balance, positions value, available and exposure in the quote asset. */
export const getAccountSummary = getFrom('/api/account/summary/');

export const accountSummaryQueryKey = ['account', 'summary'];

export function useAccountSummary() {
  return useLiveQuery({
    queryKey: accountSummaryQueryKey,
    queryFn: getAccountSummary,
    intervalMs: intervals.account,
  });
}

import { getFrom } from '../../../lib/api-client.js';
import { useLiveQuery } from '../../../lib/live-query.js';
import { intervals } from '../../../config/intervals.js';

/** GET /api/portfolio/positions/: the caller's open positions, valued now, with totals per quote asset. */
export const getPositions = getFrom('/api/portfolio/positions/');

export const positionsQueryKey = ['portfolio', 'positions'];

export function usePositions() {
  return useLiveQuery({
    queryKey: positionsQueryKey,
    queryFn: getPositions,
    intervalMs: intervals.positions,
    channel: 'positions',
  });
}

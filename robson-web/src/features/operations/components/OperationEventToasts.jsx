import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toast } from 'react-toastify/unstyled';
import { useOperationEvents } from '../../../lib/push-context.js';
import { accountSummaryQueryKey } from '../../account/index.js';
import { positionsQueryKey } from '../../positions/index.js';
import { closedOperationsQueryKey } from '../api/get-closed-operations.js';
import { toastFor } from '../lib/event-toast.js';

/**
 * One toast per operation event that matters (stop hit, target hit, closed, needs attention),
 * however it arrived; the panels it affects are read again at once.
 */
export function OperationEventToasts() {
  const queryClient = useQueryClient();
  const onEvent = useCallback(
    (event) => {
      if (event.event === 'CLOSED' || event.event === 'CLOSING' || event.event === 'NEEDS_ATTENTION') {
        [positionsQueryKey, closedOperationsQueryKey, accountSummaryQueryKey].forEach((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        );
      }
      const shown = toastFor(event);
      if (shown) {
        toast[shown.kind](shown.text, { toastId: `event:${event.id}` });
      }
    },
    [queryClient],
  );
  useOperationEvents(onEvent);
  return null;
}

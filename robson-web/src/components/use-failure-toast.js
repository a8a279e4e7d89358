import { useEffect, useRef } from 'react';
import { toast } from 'react-toastify/unstyled';
import { SessionEndedError, describeError } from '../lib/api-client.js';

/**
 * One error toast per failure streak, not one per poll: it fires when a widget's reads start
 * failing and again only after a success has ended the streak. The end of a session is not a
 * widget's failure (the login page says it), so it raises no toast.
 */
export function useFailureToast(loadable, label) {
  const failing = loadable.failing && !(loadable.error instanceof SessionEndedError);
  const latestError = useRef(loadable.error);
  useEffect(() => {
    latestError.current = loadable.error;
  });
  useEffect(() => {
    if (failing) {
      toast.error(`${label}: ${describeError(latestError.current)}`, { toastId: `failure:${label}` });
    }
  }, [failing, label]);
}

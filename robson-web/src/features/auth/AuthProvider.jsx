import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { SessionEndedError, describeError, onSessionEnded } from '../../lib/api-client.js';
import { login } from './api/login.js';
import { logout } from './api/logout.js';
import { restoreSession } from './api/restore-session.js';
import { AuthContext } from './auth-context.js';

/**
 * Who is signed in. On page load the refresh cookie is traded for an access token (a silent
 * restore); a session the server refuses mid-use sends the user back to the login page with
 * the reason. Signing in or out empties the query cache, so one tenant never sees another's
 * figures, not even for a frame.
 */
export function AuthProvider({ children }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState({ status: 'restoring', user: null, notice: null });

  useEffect(() => {
    let active = true;
    restoreSession()
      .then((user) => active && setSession({ status: user ? 'signed-in' : 'signed-out', user, notice: null }))
      .catch((failure) => {
        const text = failure instanceof SessionEndedError ? failure.message : `Could not restore your session: ${describeError(failure)}`;
        if (active) {
          setSession({ status: 'signed-out', user: null, notice: { tone: 'warning', text } });
        }
      });
    return () => {
      active = false;
    };
  }, []);

  useEffect(
    () =>
      onSessionEnded((ended) => {
        queryClient.clear();
        setSession({ status: 'signed-out', user: null, notice: { tone: 'warning', text: ended.message } });
      }),
    [queryClient],
  );

  const signIn = useCallback(
    async (username, password) => {
      const user = await login(username, password);
      queryClient.clear();
      setSession({ status: 'signed-in', user, notice: null });
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      queryClient.clear();
      setSession({ status: 'signed-out', user: null, notice: { tone: 'info', text: 'You are signed out.' } });
    }
  }, [queryClient]);

  const value = useMemo(() => ({ ...session, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

import { createContext, useContext } from 'react';

export const AuthContext = createContext(null);

/** The session: { status: 'restoring' | 'signed-in' | 'signed-out', user, notice, signIn, signOut }. */
export function useAuth() {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth needs an AuthProvider above it');
  }
  return auth;
}

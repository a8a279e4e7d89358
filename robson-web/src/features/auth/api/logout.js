import { deleteSession } from '../../../lib/api-client.js';

/** POST /api/auth/logout: revokes the session's refresh tokens and clears the cookie. */
export function logout() {
  return deleteSession();
}

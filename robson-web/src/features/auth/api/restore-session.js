import { ApiError, SessionEndedError, refreshSession } from '../../../lib/api-client.js';
import { userFromAccessToken } from './user.js';

/**
 * POST /api/auth/refresh on page load: a browser that still holds the refresh cookie goes
 * straight to the dashboard. Returns the user, or null when there is no session to restore.
 * A session that expired or was revoked (its cookie was used twice) throws SessionEndedError,
 * so the login page can say why.
 */
export async function restoreSession() {
  try {
    return userFromAccessToken(await refreshSession());
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 401) {
      if (failure.code === 'refresh_token_reused' || failure.code === 'refresh_token_expired') {
        throw new SessionEndedError(failure);
      }
      return null;
    }
    throw failure;
  }
}

import { createSession } from '../../../lib/api-client.js';
import { userFromAccessToken } from './user.js';

/** POST /api/auth/token. Keeps the access token in memory; the refresh token stays in its cookie. */
export async function login(username, password) {
  const tokens = await createSession(username, password);
  return userFromAccessToken(tokens.access_token) ?? { username };
}

/**
 * Who is signed in, read from the access token's claims for display only (the server verifies
 * the token on every call; nothing here is trusted for access decisions).
 */
export function userFromAccessToken(token) {
  const payload = String(token ?? '').split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const claims = JSON.parse(json);
    return claims.sub ? { username: claims.sub } : null;
  } catch {
    return null;
  }
}

// What other features may use of auth.
export { AuthContext, useAuth } from './auth-context.js';

// What other features may use of the account.
export { accountSummaryQueryKey } from './api/get-account-summary.js';

// What other features may use of positions.
export { positionsQueryKey } from './api/get-positions.js';

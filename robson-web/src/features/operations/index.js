// What other features may use of operations.
export { PositionActions } from './components/PositionActions.jsx';

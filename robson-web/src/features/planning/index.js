// The planning feature's public surface: the dashboard imports these and nothing deeper.
export { PlanningPanel } from './components/PlanningPanel.jsx';
export { usePlanning } from './lib/use-planning.js';

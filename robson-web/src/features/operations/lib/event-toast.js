const HEADLINES = Object.freeze({
  STOP_LOSS: 'Stop hit',
  TAKE_PROFIT: 'Target hit',
  MANUAL: 'Closed',
});

/** The toast an operation event deserves, or null: the steps in between are not news. */
export function toastFor(event) {
  const label = `#${event.operation_id} ${event.symbol}`;
  if (event.event === 'CLOSED') {
    const headline = HEADLINES[event.reason] ?? 'Closed';
    const pnl = event.realized_pnl_net ?? event.realized_pnl;
    return {
      kind: event.reason === 'TAKE_PROFIT' ? 'success' : event.reason === 'STOP_LOSS' ? 'warning' : 'info',
      text: `${headline}: ${label} closed${pnl != null ? `, realized ${pnl}` : ''}`,
    };
  }
  if (event.event === 'NEEDS_ATTENTION') {
    return { kind: 'error', text: `${label} needs attention: ${event.detail ?? 'check the operation'}` };
  }
  return null;
}

const HEADLINES = Object.freeze({
  STOP_LOSS: 'Stop hit',
  TAKE_PROFIT: 'Target hit',
});

/**
 * The toast an operation event deserves, or null: the steps in between are not news, and a
 * close by hand is announced by the action that asked for it.
 */
export function toastFor(event) {
  const label = `#${event.operation_id} ${event.symbol}`;
  if (event.event === 'CLOSED' && HEADLINES[event.reason]) {
    const headline = HEADLINES[event.reason];
    const pnl = event.realized_pnl_net ?? event.realized_pnl;
    return {
      kind: event.reason === 'TAKE_PROFIT' ? 'success' : 'warning',
      text: `${headline}: ${label} closed${pnl != null ? `, realized ${pnl}` : ''}`,
    };
  }
  if (event.event === 'NEEDS_ATTENTION') {
    return { kind: 'error', text: `${label} needs attention: ${event.detail ?? 'check the operation'}` };
  }
  return null;
}

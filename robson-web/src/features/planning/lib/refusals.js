/**
 * The stable codes of a refused plan or confirmation, as a trader names them. The server's own
 * sentence (the problem's detail) always follows; an unknown code shows as it came.
 */
const HEADLINES = Object.freeze({
  side_not_supported: 'Spot is LONG only',
  no_valid_stop: 'No valid technical stop',
  below_min_quantity: 'Size below the exchange minimum',
  below_min_notional: 'Value below the exchange minimum',
  exit_below_min_notional: 'The stop could never sell this size',
  exit_below_min_quantity: 'The stop could never sell this size',
  insufficient_balance: 'Not enough free balance',
  monthly_budget_exhausted: "The month's risk budget is used up",
  month_paused: 'The month is paused',
  duplicate_position: 'Already open on this symbol',
  symbol_not_trading: 'The symbol is not trading',
  invalid_strategy: 'The strategy is invalid',
  open_operations_limit: 'Too many open operations',
  price_drift: 'The price moved above the entry max',
  price_outside_filter: "Outside the exchange's price range",
  plan_expired: 'The plan expired',
  illegal_transition: 'The plan can no longer change',
  idempotency_key_reused: 'This confirmation was already used for another plan',
  data_unavailable: 'Market data unavailable',
  strategy_not_found: 'Unknown strategy',
});

export function refusalHeadline(code) {
  return HEADLINES[code] ?? 'Refused';
}

/** Whether the server took the request and said no for good (a trading rule), rather than failing. */
export function isRefusal(error) {
  return error?.status === 422 || error?.status === 409;
}

/** A failure after which the same confirmation may be sent again: the answer was lost or the server failed. */
export function outcomeUnknown(error) {
  return !error?.status || error.status >= 500;
}

/** API answers shaped exactly as the server sends them (snake_case, decimals as strings). */

export const position1 = Object.freeze({
  operation_id: 1,
  symbol: 'BTCUSDC',
  side: 'BUY',
  quantity: '0.00033',
  entry_price: '88837.92',
  current_price: '89245.00',
  unrealized_pnl: '0.13',
  unrealized_pnl_percent: '0.46',
  stop_loss: '87061.16',
  take_profit: '92391.44',
  distance_to_stop_percent: '-2.45',
  distance_to_target_percent: '3.53',
  status: 'OPEN',
  direction: 'LONG',
  risk_at_stop: '-0.59',
  reward_at_target: '1.17',
  position_value: '29.45',
  cost_basis: '29.32',
  quote_asset: 'USDC',
  opened_at: '2025-12-22T14:30:00Z',
  price_timestamp: 1767614400,
  price_stale: false,
  price_source: 'SIMULATED',
  fees_paid: '0.03',
  market_status: 'TRADING',
});

export const ethShort = Object.freeze({
  ...position1,
  operation_id: 7,
  symbol: 'ETHUSDC',
  side: 'SELL',
  direction: 'SHORT',
  quantity: '0.0100',
  entry_price: '3000.00',
  current_price: '3100.00',
  unrealized_pnl: '-1.00',
  unrealized_pnl_percent: '-3.33',
  stop_loss: '3200.00',
  take_profit: '2800.00',
  risk_at_stop: '-2.00',
  reward_at_target: '2.00',
});

export function portfolio(positions = [position1]) {
  return {
    positions,
    totals: positions.length
      ? [{ quote_asset: 'USDC', positions: positions.length, unrealized_pnl: '0.13', unrealized_pnl_percent: '0.46', positions_value: '29.45', cost_basis: '29.32', unrealized_pnl_net: '0.10' }]
      : [],
    trading_mode: 'PAPER',
    as_of: 1767614400,
  };
}

export function quote(last = '89245.50', overrides = {}) {
  return {
    symbol: 'BTCUSDC',
    base_asset: 'BTC',
    quote_asset: 'USDC',
    bid: '89245.00',
    ask: '89246.00',
    last,
    spread: '1.00',
    spread_percent: '0.0011',
    timestamp: 1767614400,
    age_seconds: 0,
    stale: false,
    source: 'SIMULATED',
    ...overrides,
  };
}

export const accountSummary = Object.freeze({
  quote_asset: 'USDC',
  balance: '1029.45',
  positions_value: '29.45',
  available: '1000.00',
  exposure_percent: '2.86',
  source: 'PAPER',
  timestamp: 1767614400,
});

export const closedOperation = Object.freeze({
  operation_id: 3,
  symbol: 'BTCUSDC',
  side: 'BUY',
  direction: 'LONG',
  quantity: '0',
  entry_quantity: '0.00050',
  entry_price: '88000.00',
  stop_loss: '87000.00',
  take_profit: '90000.00',
  status: 'CLOSED',
  close_reason: 'TAKE_PROFIT',
  realized_pnl: '1.00',
  fees_paid: '0.09',
  fees: [{ asset: 'BNB', amount: '0.00015', quote_value: '0.09' }],
  market_status: 'TRADING',
  quote_asset: 'USDC',
  opened_at: '2025-12-20T10:00:00Z',
  closed_at: '2025-12-21T09:15:00Z',
});

const FIFTEEN_MINUTES = 900;

function cents(value) {
  const text = String(value);
  return `${text.slice(0, -2) || '0'}.${text.slice(-2).padStart(2, '0')}`;
}

/** 672 candles of 15 minutes (7 days), oldest first, the last one forming; exact strings. */
export function candleHistory(count = 672, lastOpenTime = 1767613500) {
  const candles = [];
  for (let i = 0; i < count; i += 1) {
    const openTime = lastOpenTime - (count - 1 - i) * FIFTEEN_MINUTES;
    const base = 8_900_000 + ((i * 37) % 200) * 100;
    candles.push({
      open_time: openTime,
      close_time: openTime + FIFTEEN_MINUTES,
      open: cents(base),
      high: cents(base + 1500),
      low: cents(base - 1200),
      close: cents(base + (i % 2 === 0 ? 700 : -700)),
      volume: '1.25000',
      closed: i < count - 1,
    });
  }
  return { symbol: 'BTCUSDC', interval: '15m', source: 'SIMULATED', candles };
}

/** GET /api/market/display-rules/ as the server answers it (robson-core's Asset). */
export const displayRules = Object.freeze({
  usd_quote_assets: ['BUSD', 'DAI', 'FDUSD', 'PYUSD', 'TUSD', 'USD1', 'USDC', 'USDP', 'USDT'],
});
// Entry planning: strategies, the market's symbols, the support levels, a plan through its
// states, and the month's risk budget (the same figures as the CLI's fixtures).

export const strategies = Object.freeze({
  strategies: [
    { id: 1, name: 'BTC Spot Manual', side: 'LONG', timeframe: '15m', support_level: 2, risk_per_trade_percent: '1', reward_multiple: '2', max_monthly_loss_percent: '4' },
    { id: 2, name: 'ETH Third Support', side: 'LONG', timeframe: '15m', support_level: 3, risk_per_trade_percent: '0.5', reward_multiple: '3', max_monthly_loss_percent: '2' },
  ],
});

export const marketSymbols = Object.freeze([
  { symbol: 'BTCUSDC', base_asset: 'BTC', quote_asset: 'USDC', tick_size: '0.01', step_size: '0.00001', min_notional: '5' },
  { symbol: 'ETHUSDC', base_asset: 'ETH', quote_asset: 'USDC', tick_size: '0.01', step_size: '0.0001', min_notional: '5' },
]);

const supportLevels = Object.freeze([
  { price: '89960.00', members: 1, last_touch_time: '2026-01-05T11:15:00Z' },
  { price: '88650.00', members: 3, last_touch_time: '2026-01-05T06:30:00Z' },
  { price: '87210.00', members: 2, last_touch_time: '2026-01-04T21:45:00Z' },
]);

export const levelsAnswer = Object.freeze({
  symbol: 'BTCUSDC',
  entry_reference: '90000.00',
  levels: supportLevels,
  skipped_levels: [{ price: '89930.00', members: 1, last_touch_time: '2026-01-05T10:30:00Z', reason: 'below_min' }],
  technical_level: '88650.00',
  stop_loss: '88650.00',
  method: 'SWING_LEVEL_2',
  confidence: 'HIGH',
  atr: '412.50',
  warnings: [],
  candles_from: '2026-01-04T10:45:00Z',
  candles_to: '2026-01-05T11:45:00Z',
});

export function riskStatus(overrides = {}) {
  return {
    month: '2026-01',
    quote_asset: 'USDC',
    capital_base: '1028.00',
    budget: '41.12',
    consumed: '0.00',
    open_risk: '10.27',
    remaining: '30.85',
    slots: 3,
    status: 'ACTIVE',
    ...overrides,
  };
}

export const riskPaused = Object.freeze(riskStatus({ consumed: '41.50', open_risk: '0.00', remaining: '0.00', slots: 0, status: 'PAUSED' }));

/** Plan #42 as POST /api/operations/plan/ answers it; `expires_at` two minutes after the fixtures' as_of. */
export function entryPlan(overrides = {}) {
  return {
    operation_id: 42,
    status: 'PLANNED',
    strategy_id: 1,
    symbol: 'BTCUSDC',
    side: 'LONG',
    entry_reference: '90000.00',
    entry_max: '90045.00',
    technical_level: '88650.00',
    stop_loss: '88650.00',
    take_profit: '92700.00',
    quantity: '0.00618',
    sellable_quantity: '0.00617',
    notional: '556.48',
    planned_risk: '10.27',
    planned_risk_percent: '0.9993',
    stop_distance_percent: '1.50',
    method: 'SWING_LEVEL_2',
    confidence: 'HIGH',
    levels: supportLevels,
    skipped_levels: [],
    warnings: [],
    budget: riskStatus(),
    fee_rate: '0.001',
    expires_at: '2026-01-05T12:02:00Z',
    quote_asset: 'USDC',
    ...overrides,
  };
}

export const planActive = Object.freeze(entryPlan({ status: 'ACTIVE', take_profit: '92737.05', filled_quantity: '0.00618', entry_price: '90012.35' }));

export const planFailed = Object.freeze(entryPlan({ status: 'FAILED', failure: 'nothing_filled', budget: riskStatus({ open_risk: '0.00', remaining: '41.12', slots: 4 }) }));

export const planCancelled = Object.freeze(entryPlan({ status: 'CANCELLED', budget: riskStatus({ open_risk: '0.00', remaining: '41.12', slots: 4 }) }));

export const planAtrFallback = Object.freeze(entryPlan({
  technical_level: '89381.25',
  stop_loss: '89381.25',
  take_profit: '91237.50',
  quantity: '0.01099',
  sellable_quantity: '0.01097',
  notional: '989.59',
  planned_risk: '10.25',
  planned_risk_percent: '0.9969',
  stop_distance_percent: '0.69',
  method: 'ATR_FALLBACK',
  confidence: 'LOW',
  warnings: [
    { code: 'atr_fallback', message: 'no support within bounds: the stop comes from the ATR' },
    { code: 'cash_capped', message: 'the free balance, not the risk allowance, limits the size' },
  ],
}));

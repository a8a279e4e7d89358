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

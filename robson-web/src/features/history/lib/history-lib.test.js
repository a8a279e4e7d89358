import { describe, expect, it } from 'vitest';
import { csvFileName, historyCsv } from './csv.js';
import { formatDuration } from './duration.js';

describe('history CSV', () => {
  it('writes the server strings exactly, one row per trade, and defuses formulas', () => {
    const csv = historyCsv([
      { operation_id: 3, symbol: 'BTCUSDC', direction: 'LONG', quantity: '0.00100', entry_price: '90000.00', exit_price: '100000.00',
        realized_pnl: '10.00', realized_pnl_net: '10.00', fees: '0.00', quote_asset: 'USDC', close_reason: 'TAKE_PROFIT',
        opened_at: '2026-11-02T09:00:00Z', closed_at: '2026-11-02T10:00:00Z', duration_seconds: 3600 },
      { operation_id: 4, symbol: '=HYPERLINK("x")', realized_pnl: '-4.00' },
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('operation_id,symbol,direction,quantity,entry_price,exit_price,realized_pnl,realized_pnl_net,fees,quote_asset,close_reason,opened_at,closed_at,duration_seconds');
    expect(lines[1]).toBe('3,BTCUSDC,LONG,0.00100,90000.00,100000.00,10.00,10.00,0.00,USDC,TAKE_PROFIT,2026-11-02T09:00:00Z,2026-11-02T10:00:00Z,3600');
    expect(lines[2]).toBe(`4,"'=HYPERLINK(""x"")",,,,,-4.00,,,,,,,`);
    expect(csvFileName({ from: '2026-11-01', to: '' })).toBe('robson-history-from-2026-11-01.csv');
  });
});

describe('formatDuration', () => {
  it('reads seconds, minutes, hours and days', () => {
    expect([45, 720, 11_100, 3_600, 187_200, 86_400].map(formatDuration)).toEqual(['45 s', '12 min', '3 h 5 min', '1 h', '2 d 4 h', '1 d']);
    expect(formatDuration(null)).toBe('—');
  });
});

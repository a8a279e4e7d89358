import { describe, expect, it } from 'vitest';
import { preselectSymbol } from './preselect-symbol.js';

const catalogue = [
  { symbol: 'BTCUSDC', quote_asset: 'USDC' },
  { symbol: 'BTCUSDT', quote_asset: 'USDT' },
  { symbol: 'ETHUSDC', quote_asset: 'USDC' },
];

describe('preselectSymbol', () => {
  it('offers the first free symbol in the budget quote asset when the dashboard shows a held one', () => {
    // The demo: Operation #1 holds BTCUSDC; BTCUSDT is free but quoted in USDT, not the budget's USDC.
    expect(preselectSymbol({ symbol: 'BTCUSDC', held: ['BTCUSDC'], catalogue, quoteAsset: 'USDC' })).toBe('ETHUSDC');
  });

  it('keeps the dashboard symbol when nothing is held on it, and a symbol the trader picked', () => {
    expect(preselectSymbol({ symbol: 'BTCUSDC', held: ['ETHUSDC'], catalogue, quoteAsset: 'USDC' })).toBe('BTCUSDC');
    expect(preselectSymbol({ symbol: 'BTCUSDC', picked: true, held: ['BTCUSDC'], catalogue, quoteAsset: 'USDC' })).toBe('BTCUSDC');
  });

  it('falls back to the dashboard symbol when every symbol is held or nothing is known yet', () => {
    expect(preselectSymbol({ symbol: 'BTCUSDC', held: ['BTCUSDC', 'ETHUSDC'], catalogue, quoteAsset: 'USDC' })).toBe('BTCUSDC');
    expect(preselectSymbol({ symbol: null, held: [], catalogue })).toBe(null);
    expect(preselectSymbol({ symbol: 'BTCUSDC', held: ['BTCUSDC'], catalogue: [] })).toBe('BTCUSDC');
  });
});

import { describe, expect, it } from 'vitest';
import { SYMBOL_MAX_LENGTH, SYMBOL_PATTERN, isSymbol } from './symbols.js';
import { openapi } from '../test/openapi-contract.js';

describe('symbol rule', () => {
  it('is the pattern docs/openapi.json documents for the price path', () => {
    const [symbol] = openapi.paths['/api/market/price/{symbol}/'].get.parameters;
    expect(symbol.schema.pattern).toBe(SYMBOL_PATTERN);
  });

  it('takes the longest symbol and refuses one longer, lower case or with other characters', () => {
    expect(isSymbol('A'.repeat(SYMBOL_MAX_LENGTH))).toBe(true);
    expect(isSymbol('A'.repeat(SYMBOL_MAX_LENGTH + 1))).toBe(false);
    expect(isSymbol('btcusdc')).toBe(false);
    expect(isSymbol('BTC/USDC')).toBe(false);
    expect(isSymbol(undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  baseAssetOf,
  formatAge,
  formatInstant,
  formatMoney,
  formatPair,
  formatPercent,
  formatQuantity,
  groupThousands,
  isUsdQuote,
} from './format.js';

describe('number formatting', () => {
  it('groups thousands as text and keeps every digit the server sent', () => {
    expect(groupThousands('89245.50')).toBe('89,245.50');
    expect(groupThousands('1234567890123456789.123456789')).toBe('1,234,567,890,123,456,789.123456789');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('-1000')).toBe('-1,000');
    expect(groupThousands('n/a')).toBe('n/a');
  });

  it('shows USD stablecoin amounts with a dollar sign: $89,245.50', () => {
    expect(formatMoney('89245.50', 'USDC')).toBe('$89,245.50');
    expect(formatMoney('1.00', 'USDT')).toBe('$1.00');
    expect(formatMoney('0.00033', 'FDUSD')).toBe('$0.00033');
    expect(isUsdQuote('usdc')).toBe(true);
    // Every dollar asset the server publishes, USD1 and PYUSD too (test/fixtures.js displayRules).
    expect(formatMoney('0.13', 'USD1')).toBe('$0.13');
    expect(formatMoney('0.13', 'PYUSD')).toBe('$0.13');
    expect(isUsdQuote('BTC')).toBe(false);
  });

  it('signs P&L: + for gains, a real minus for losses, nothing for zero', () => {
    expect(formatMoney('0.13', 'USDC', { signed: true })).toBe('+$0.13');
    expect(formatMoney('-0.59', 'USDC', { signed: true })).toBe('−$0.59');
    expect(formatMoney('-0.59', 'USDC')).toBe('−$0.59');
    expect(formatMoney('0.00', 'USDC', { signed: true })).toBe('$0.00');
    expect(formatPercent('0.46', { signed: true })).toBe('+0.46%');
    expect(formatPercent('-2.45', { signed: true })).toBe('−2.45%');
    expect(formatPercent('0.0011')).toBe('0.0011%');
  });

  it('writes other quote assets after the amount', () => {
    expect(formatMoney('0.01234567', 'BTC')).toBe('0.01234567 BTC');
    expect(formatMoney('12500.5', 'EUR', { signed: true })).toBe('+12,500.5 EUR');
  });

  it('shows a dash for anything that is not a decimal', () => {
    expect(formatMoney(undefined, 'USDC')).toBe('—');
    expect(formatPercent('NaN')).toBe('—');
    expect(formatQuantity(null, 'BTC')).toBe('—');
  });

  it('names quantities and pairs by their assets', () => {
    expect(formatQuantity('0.00033', 'BTC')).toBe('0.00033 BTC');
    expect(formatQuantity('1500', '')).toBe('1,500');
    expect(baseAssetOf('BTCUSDC', 'USDC')).toBe('BTC');
    expect(baseAssetOf('BTCUSDC', 'EUR')).toBe('');
    expect(formatPair('ETHUSDC', 'USDC')).toBe('ETH/USDC');
    expect(formatPair('ETHUSDC', undefined)).toBe('ETHUSDC');
  });

  it('says how old data is in seconds, then minutes, then hours', () => {
    expect(formatAge(400)).toBe('just now');
    expect(formatAge(4_200)).toBe('4 s ago');
    expect(formatAge(-50)).toBe('just now');
    expect(formatAge(119_000)).toBe('119 s ago');
    expect(formatAge(5 * 60_000)).toBe('5 min ago');
    expect(formatAge(3 * 3_600_000)).toBe('3 h ago');
  });

  it('writes instants in UTC', () => {
    expect(formatInstant('2025-12-22T14:30:00Z')).toBe('22 Dec 2025, 14:30 UTC');
    expect(formatInstant(1767614400)).toBe('05 Jan 2026, 12:00 UTC');
    expect(formatInstant(null)).toBe('—');
    expect(formatInstant('yesterday-ish')).toBe('yesterday-ish');
  });
});

import { describe, expect, it } from 'vitest';
import { compareDecimal, fractionDigits, isDecimal, maxDecimal, minDecimal, parseDecimal, signOf } from './decimal.js';

describe('decimal strings', () => {
  it('parses sign, integer and fraction without losing digits', () => {
    expect(parseDecimal('-0089245.500')).toEqual({ negative: true, integer: '89245', fraction: '500' });
    expect(parseDecimal('0.00033')).toEqual({ negative: false, integer: '0', fraction: '00033' });
    expect(parseDecimal('-0.00')).toEqual({ negative: false, integer: '0', fraction: '00' });
    expect(parseDecimal('1e5')).toBeNull();
    expect(parseDecimal(null)).toBeNull();
    expect(isDecimal('12.5')).toBe(true);
    expect(isDecimal('abc')).toBe(false);
  });

  it('compares exactly where binary floats would not', () => {
    expect(compareDecimal('0.3', '0.30')).toBe(0);
    expect(compareDecimal('89245.51', '89245.5')).toBe(1);
    expect(compareDecimal('9999.99', '10000')).toBe(-1);
    expect(compareDecimal('-1', '0.5')).toBe(-1);
    expect(compareDecimal('-2.5', '-2.49')).toBe(-1);
    expect(compareDecimal('12345678901234567890.000000001', '12345678901234567890')).toBe(1);
    expect(compareDecimal('-0.00', '0')).toBe(0);
    expect(() => compareDecimal('x', '1')).toThrow(TypeError);
  });

  it('gives the sign, the larger, the smaller and the precision', () => {
    expect(signOf('0.13')).toBe(1);
    expect(signOf('-0.59')).toBe(-1);
    expect(signOf('0.00')).toBe(0);
    expect(maxDecimal('89245.00', '89245.50')).toBe('89245.50');
    expect(minDecimal('89245.00', '89245.50')).toBe('89245.00');
    expect(fractionDigits('89245.50')).toBe(2);
    expect(fractionDigits('12')).toBe(0);
    expect(fractionDigits('bad')).toBe(0);
  });
});

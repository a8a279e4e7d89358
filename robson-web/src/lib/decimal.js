/**
 * Decimal strings as the API sends them ("89245.50", "-0.59", "0.00033"). The server has
 * already computed and rounded every figure; the browser only compares and displays them,
 * so nothing here converts money to a binary float.
 */

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** Splits a decimal string into sign, integer digits (no leading zeros) and fraction digits. */
export function parseDecimal(text) {
  const match = DECIMAL.exec(String(text ?? '').trim());
  if (!match) {
    return null;
  }
  const integer = match[2].replace(/^0+(?=\d)/, '');
  const fraction = match[3] ?? '';
  const zero = /^0+$/.test(integer) && /^0*$/.test(fraction);
  return { negative: match[1] === '-' && !zero, integer, fraction };
}

export function isDecimal(text) {
  return parseDecimal(text) !== null;
}

/** -1, 0 or 1 as a is less than, equal to or greater than b; exact for any length. */
export function compareDecimal(a, b) {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (!x || !y) {
    throw new TypeError(`Not a decimal: ${!x ? a : b}`);
  }
  if (x.negative !== y.negative) {
    return x.negative ? -1 : 1;
  }
  const magnitude = compareMagnitude(x, y);
  return x.negative ? -magnitude : magnitude;
}

function compareMagnitude(x, y) {
  if (x.integer.length !== y.integer.length) {
    return x.integer.length > y.integer.length ? 1 : -1;
  }
  if (x.integer !== y.integer) {
    return x.integer > y.integer ? 1 : -1;
  }
  const width = Math.max(x.fraction.length, y.fraction.length);
  const fx = x.fraction.padEnd(width, '0');
  const fy = y.fraction.padEnd(width, '0');
  if (fx === fy) {
    return 0;
  }
  return fx > fy ? 1 : -1;
}

/** 1 for a positive value, -1 for a negative one, 0 for zero. */
export function signOf(text) {
  return compareDecimal(text, '0');
}

export function maxDecimal(a, b) {
  return compareDecimal(a, b) >= 0 ? a : b;
}

export function minDecimal(a, b) {
  return compareDecimal(a, b) <= 0 ? a : b;
}

/** Number of digits after the point, e.g. 2 for "89245.50": the precision the server chose. */
export function fractionDigits(text) {
  return parseDecimal(text)?.fraction.length ?? 0;
}

/**
 * For plotting only: the chart library draws with numbers. Never use the result in
 * arithmetic on money; the displayed figures always come from the original strings.
 */
export function toPlotValue(text) {
  return Number(text);
}

import { parseDecimal } from './decimal.js';
import { isUsdQuote } from './display-rules.js';

/**
 * Display of the API's decimal strings. Digits are regrouped as text, so "89245.50" shows as
 * "89,245.50" with every digit the server sent, however many there are.
 */

export const MINUS = '\u2212';

// Which quote assets read as dollars is the server's to say (lib/display-rules.js).
export { isUsdQuote };

/** "89245.5" → "89,245.5"; the fraction is kept as sent. */
export function groupThousands(text) {
  const parts = split(text);
  if (!parts) {
    return String(text ?? '');
  }
  return parts.negative ? `-${parts.body}` : parts.body;
}

function split(text) {
  const value = parseDecimal(text);
  if (!value) {
    return null;
  }
  const grouped = value.integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const isZero = /^0+$/.test(value.integer) && /^0*$/.test(value.fraction);
  return {
    negative: value.negative,
    zero: isZero,
    body: value.fraction ? `${grouped}.${value.fraction}` : grouped,
  };
}

function signPrefix(parts, { signed }) {
  if (parts.negative) {
    return MINUS;
  }
  return signed && !parts.zero ? '+' : '';
}

/**
 * An amount in the quote currency: "$89,245.50" for the quote assets the server names as
 * dollars, "0.00120000 BTC" for others. With `signed`, positive amounts carry a "+" (P&L); negatives always carry "−".
 */
export function formatMoney(text, quoteAsset = 'USDT', { signed = false } = {}) {
  const parts = split(text);
  if (!parts) {
    return '—';
  }
  const sign = signPrefix(parts, { signed });
  if (isUsdQuote(quoteAsset)) {
    return `${sign}$${parts.body}`;
  }
  return `${sign}${parts.body} ${quoteAsset}`;
}

/** "0.46" → "0.46%", or "+0.46%" with `signed`. */
export function formatPercent(text, { signed = false } = {}) {
  const parts = split(text);
  if (!parts) {
    return '—';
  }
  return `${signPrefix(parts, { signed })}${parts.body}%`;
}

/** A quantity in base-asset units: "0.00033 BTC". */
export function formatQuantity(text, baseAsset) {
  const parts = split(text);
  if (!parts) {
    return '—';
  }
  const body = `${parts.negative ? MINUS : ''}${parts.body}`;
  return baseAsset ? `${body} ${baseAsset}` : body;
}

/** BTCUSDC with quote USDC → "BTC". */
export function baseAssetOf(symbol, quoteAsset) {
  if (symbol && quoteAsset && symbol.endsWith(quoteAsset) && symbol.length > quoteAsset.length) {
    return symbol.slice(0, -quoteAsset.length);
  }
  return '';
}

/** BTCUSDC → "BTC/USDC" when the quote is known. */
export function formatPair(symbol, quoteAsset) {
  const base = baseAssetOf(symbol, quoteAsset);
  return base ? `${base}/${quoteAsset}` : symbol;
}

/** "updated 4 s ago" style age; seconds below two minutes, then minutes, then hours. */
export function formatAge(ageMs) {
  const seconds = Math.max(0, Math.floor(ageMs / 1000));
  if (seconds < 1) {
    return 'just now';
  }
  if (seconds < 120) {
    return `${seconds} s ago`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 120) {
    return `${minutes} min ago`;
  }
  return `${Math.floor(minutes / 60)} h ago`;
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** An ISO-8601 instant or epoch seconds as "22 Dec 2025, 14:30 UTC". */
export function formatInstant(value) {
  if (value == null || value === '') {
    return '—';
  }
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  return `${DATE_TIME.format(date)} UTC`;
}

/**
 * What can be a symbol: the server's rule (robson-core's Symbol), documented as the pattern of
 * the price path in docs/openapi.json, which symbols.test.js compares. Checked here so a request
 * that could only be refused is never sent.
 */
export const SYMBOL_MIN_LENGTH = 2;
export const SYMBOL_MAX_LENGTH = 24;
export const SYMBOL_PATTERN = `^[A-Z0-9]{${SYMBOL_MIN_LENGTH},${SYMBOL_MAX_LENGTH}}$`;

const SYMBOL = new RegExp(SYMBOL_PATTERN);

export function isSymbol(text) {
  return SYMBOL.test(text ?? '');
}

/** How each close reason reads, and its badge colour, wherever closed operations are listed. */
export const CLOSE_REASONS = Object.freeze({
  STOP_LOSS: { text: 'Stop hit', bg: 'danger' },
  TAKE_PROFIT: { text: 'Target hit', bg: 'success' },
  MANUAL: { text: 'Closed by hand', bg: 'secondary' },
});

export function closeReasonOf(code) {
  return CLOSE_REASONS[code] ?? { text: code ?? '—', bg: 'secondary' };
}

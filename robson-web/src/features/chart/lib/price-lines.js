/**
 * The horizontal lines the chart draws: entry, stop and target of each position of its symbol,
 * and the overlays a caller adds (support levels in grey, the chosen level darker).
 */
export const LINE_STYLES = Object.freeze({
  entry: { label: 'Entry', color: '#0d6efd', width: 2, dash: 'solid', axisLabel: true },
  stop: { label: 'Stop', color: '#dc3545', width: 2, dash: 'dashed', axisLabel: true },
  target: { label: 'Target', color: '#198754', width: 2, dash: 'dashed', axisLabel: true },
  level: { label: 'Support', color: '#adb5bd', width: 1, dash: 'dotted', axisLabel: false },
  chosen: { label: 'Chosen support', color: '#495057', width: 2, dash: 'solid', axisLabel: true },
});

export function priceLinesFor(positions, symbol) {
  const mine = (positions ?? []).filter((position) => position.symbol === symbol);
  return mine.flatMap((position) => {
    const suffix = mine.length > 1 ? ` #${position.operation_id}` : '';
    return [
      { kind: 'entry', price: position.entry_price, title: `${LINE_STYLES.entry.label}${suffix}`, quoteAsset: position.quote_asset },
      { kind: 'stop', price: position.stop_loss, title: `${LINE_STYLES.stop.label}${suffix}`, quoteAsset: position.quote_asset },
      { kind: 'target', price: position.take_profit, title: `${LINE_STYLES.target.label}${suffix}`, quoteAsset: position.quote_asset },
    ].filter((line) => line.price != null);
  });
}

export function signatureOf(lines) {
  return lines.map((line) => `${line.kind}:${line.title}:${line.price}`).join('|');
}

/** A chart autoscale range widened to take in the price lines (screen coordinates only). */
export function withLines(range, lineRange) {
  if (!range || !lineRange) {
    return range;
  }
  return {
    ...range,
    priceRange: {
      minValue: Math.min(range.priceRange.minValue, lineRange.min),
      maxValue: Math.max(range.priceRange.maxValue, lineRange.max),
    },
  };
}

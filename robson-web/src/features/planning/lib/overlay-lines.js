import { compareDecimal, isDecimal } from '../../../lib/decimal.js';

function samePrice(a, b) {
  return isDecimal(a) && isDecimal(b) && compareDecimal(a, b) === 0;
}

/**
 * The lines the candlestick chart draws over a symbol for planning: every detected support
 * (grey), the one the stop is under, and — while a plan waits for its confirmation — the
 * plan's entry, stop and target. Plain values; the chart decides how each kind looks.
 */
export function overlayLines({ symbol, levels, plan, quoteAsset }) {
  const pending = plan?.symbol === symbol && plan.status === 'PLANNED' ? plan : null;
  const analysis = levels?.symbol === symbol ? levels : null;
  const supports = pending?.levels ?? analysis?.levels ?? [];
  const chosen = pending?.technical_level ?? analysis?.technical_level ?? null;
  const quote = pending?.quote_asset ?? quoteAsset;
  const lines = [];
  supports.forEach((level, index) => {
    const title = `L${index + 1}`;
    if (samePrice(level.price, chosen)) {
      lines.push({ kind: 'chosen', price: level.price, title: `${title} support`, quoteAsset: quote });
    } else {
      lines.push({ kind: 'level', price: level.price, title, quoteAsset: quote });
    }
  });
  if (chosen != null && !supports.some((level) => samePrice(level.price, chosen))) {
    lines.push({ kind: 'chosen', price: chosen, title: 'Chosen level', quoteAsset: quote });
  }
  if (pending) {
    lines.push({ kind: 'entry', price: pending.entry_reference, title: 'Plan entry', quoteAsset: quote });
    lines.push({ kind: 'stop', price: pending.stop_loss, title: 'Plan stop', quoteAsset: quote });
    lines.push({ kind: 'target', price: pending.take_profit, title: 'Plan target', quoteAsset: quote });
  } else if (analysis?.stop_loss != null) {
    lines.push({ kind: 'stop', price: analysis.stop_loss, title: 'Technical stop', quoteAsset: quote });
  }
  return lines.filter((line) => isDecimal(line.price));
}

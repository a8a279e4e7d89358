import Badge from 'react-bootstrap/Badge';
import { signOf } from '../lib/decimal.js';
import { formatMoney, formatPercent } from '../lib/format.js';

/**
 * P&L as "▲ +$0.13 (+0.46%)": the arrow, the sign and the words for screen readers carry the
 * direction, the green/red only repeats it.
 */
export function PnlBadge({ amount, percent, quoteAsset, label = 'Unrealized P&L' }) {
  const sign = signOf(amount);
  const tone = sign > 0 ? 'profit' : sign < 0 ? 'loss' : 'flat';
  const arrow = sign > 0 ? '▲' : sign < 0 ? '▼' : '■';
  const text = `${formatMoney(amount, quoteAsset, { signed: true })}${percent != null ? ` (${formatPercent(percent, { signed: true })})` : ''}`;
  return (
    <Badge
      bg={tone === 'profit' ? 'success' : tone === 'loss' ? 'danger' : 'secondary'}
      className="pnl-badge fs-6"
      data-testid="pnl-badge"
      data-tone={tone}
    >
      <span className="visually-hidden">
        {label}: {tone === 'profit' ? 'profit' : tone === 'loss' ? 'loss' : 'break-even'}{' '}
      </span>
      <span aria-hidden="true">{arrow} </span>
      {text}
    </Badge>
  );
}

import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import { signOf } from '../../../lib/decimal.js';
import { baseAssetOf, formatInstant, formatMoney, formatPair, formatPercent, formatQuantity } from '../../../lib/format.js';
import { CloseAttentionBanner } from './CloseAttentionBanner.jsx';
import { PositionActions } from '../../operations/index.js';
import { PnlBadge } from '../../../components/PnlBadge.jsx';
import { Figure } from '../../../components/Figure.jsx';

function Signed({ amount, quoteAsset }) {
  const sign = signOf(amount);
  return (
    <span className={sign > 0 ? 'text-success-emphasis' : sign < 0 ? 'text-danger-emphasis' : undefined}>
      {formatMoney(amount, quoteAsset, { signed: true })}
    </span>
  );
}

/** One open operation: where it stands against its entry, its stop and its target. */
export function PositionCard({ position }) {
  const quote = position.quote_asset;
  const base = baseAssetOf(position.symbol, quote);
  const long = position.direction ? position.direction === 'LONG' : position.side === 'BUY';
  const headingId = `position-${position.operation_id}-title`;
  return (
    <Card
      as="article"
      className="position-card h-100"
      aria-labelledby={headingId}
      data-testid="position-card"
      data-operation-id={position.operation_id}
      data-symbol={position.symbol}
    >
      <Card.Body>
        <CloseAttentionBanner position={position} />
        <div className="d-flex flex-wrap align-items-start gap-2 mb-3">
          <div className="me-auto">
            <h3 id={headingId} className="h5 mb-1">
              {formatPair(position.symbol, quote)}{' '}
              <small className="text-body-secondary fw-normal">Operation #{position.operation_id}</small>
            </h3>
            <Badge bg={long ? 'success' : 'danger'} className="me-1" data-testid="direction">
              <span aria-hidden="true">{long ? '↗ ' : '↘ '}</span>
              {long ? 'LONG' : 'SHORT'} · {position.side}
            </Badge>
            {position.price_stale ? (
              <Badge bg="warning" text="dark" title="The price behind these figures is old.">
                <span aria-hidden="true">⚠ </span>STALE PRICE
              </Badge>
            ) : null}
          </div>
          {position.unrealized_pnl != null ? (
            <PnlBadge amount={position.unrealized_pnl} percent={position.unrealized_pnl_percent} quoteAsset={quote} />
          ) : null}
        </div>
        <dl className="position-figures mb-0">
          <Figure term="Quantity" data-testid="quantity">{formatQuantity(position.quantity, base)}</Figure>
          <Figure term="Entry" data-testid="entry-price">{formatMoney(position.entry_price, quote)}</Figure>
          <Figure term={long ? 'Current (bid)' : 'Current (ask)'} data-testid="current-price">
            {formatMoney(position.current_price, quote)}
          </Figure>
          <Figure term="Stop" data-testid="stop-loss">
            {formatMoney(position.stop_loss, quote)}{' '}
            <small className="text-body-secondary">({formatPercent(position.distance_to_stop_percent, { signed: true })})</small>
          </Figure>
          <Figure term="Target" data-testid="take-profit">
            {formatMoney(position.take_profit, quote)}{' '}
            <small className="text-body-secondary">({formatPercent(position.distance_to_target_percent, { signed: true })})</small>
          </Figure>
          {position.risk_at_stop != null ? (
            <Figure term="Risk at stop" data-testid="risk-at-stop"><Signed amount={position.risk_at_stop} quoteAsset={quote} /></Figure>
          ) : null}
          {position.reward_at_target != null ? (
            <Figure term="Reward at target" data-testid="reward-at-target"><Signed amount={position.reward_at_target} quoteAsset={quote} /></Figure>
          ) : null}
          {position.position_value != null ? (
            <Figure term="Value" data-testid="position-value">{formatMoney(position.position_value, quote)}</Figure>
          ) : null}
        </dl>
        <p className="small text-body-secondary mb-0 mt-2">
          Opened {formatInstant(position.opened_at)}
          {position.price_timestamp ? <> · price read {formatInstant(position.price_timestamp)}</> : null}
        </p>
        <PositionActions position={position} />
      </Card.Body>
    </Card>
  );
}

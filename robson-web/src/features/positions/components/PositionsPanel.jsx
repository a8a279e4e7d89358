import { Widget } from '../../../components/Widget.jsx';
import { SourceBadges } from '../../../components/SourceBadges.jsx';
import { formatMoney } from '../../../lib/format.js';
import { PnlBadge } from '../../../components/PnlBadge.jsx';
import { PositionCard } from './PositionCard.jsx';

function Totals({ totals }) {
  if (!totals?.length) {
    return null;
  }
  return (
    <div className="positions-totals" data-testid="portfolio-totals">
      <h3 className="h6 text-body-secondary mb-2">Portfolio</h3>
      <ul className="list-unstyled mb-0 d-flex flex-column gap-2">
        {totals.map((total) => (
          <li key={total.quote_asset} className="d-flex flex-wrap align-items-center gap-2">
            <strong>{total.quote_asset}</strong>
            <span>
              {total.positions} position{total.positions === 1 ? '' : 's'}
            </span>
            <span>· value {formatMoney(total.positions_value, total.quote_asset)}</span>
            <span>· cost {formatMoney(total.cost_basis, total.quote_asset)}</span>
            <PnlBadge
              amount={total.unrealized_pnl}
              percent={total.unrealized_pnl_percent}
              quoteAsset={total.quote_asset}
              label={`Unrealized P&L in ${total.quote_asset}`}
            />
            {total.unrealized_pnl_net != null && (
              <span data-testid="portfolio-net">
                · after fees {formatMoney(total.unrealized_pnl_net, total.quote_asset, { signed: true })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function sourceOf(portfolio) {
  return portfolio?.positions?.find((position) => position.price_source)?.price_source;
}

/** Every open position as a card, the portfolio totals, and an empty state. */
export function PositionsPanel({ positions }) {
  const portfolio = positions.data;
  return (
    <Widget
      title="Open positions"
      name="positions"
      loadable={positions}
      badges={<SourceBadges priceSource={sourceOf(portfolio)} tradingMode={portfolio?.trading_mode} />}
    >
      {(data) =>
        data.positions.length === 0 ? (
          <p className="text-body-secondary mb-0" data-testid="no-positions">
            No open positions. A position appears here as soon as an operation is tracked.
          </p>
        ) : (
          <>
            <div className="row g-3 mb-3">
              {data.positions.map((position) => (
                <div className="col-12 col-md-6" key={position.operation_id}>
                  <PositionCard position={position} />
                </div>
              ))}
            </div>
            <Totals totals={data.totals} />
          </>
        )
      }
    </Widget>
  );
}

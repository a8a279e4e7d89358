import Form from 'react-bootstrap/Form';
import { Widget } from '../../../components/Widget.jsx';
import { SourceBadges } from '../../../components/SourceBadges.jsx';
import { formatMoney, formatPair, formatPercent } from '../../../lib/format.js';
import { usePriceDirection } from './price-direction.js';

function Direction({ direction }) {
  if (!direction) {
    return null;
  }
  const up = direction === 'up';
  return (
    <span className={`price-direction ${up ? 'text-success' : 'text-danger'}`} data-testid="price-direction" data-direction={direction}>
      <span aria-hidden="true">{up ? '↑' : '↓'}</span>
      <span className="visually-hidden">{up ? 'up' : 'down'} since the previous price</span>
    </span>
  );
}

function Quote({ quote, direction }) {
  const quoteAsset = quote.quote_asset;
  return (
    <div data-testid="price-quote" data-symbol={quote.symbol}>
      <p className="display-6 fw-semibold mb-1 d-flex align-items-baseline gap-2">
        <span data-testid="price-last">{formatMoney(quote.last, quoteAsset)}</span>
        <Direction direction={direction} />
        {quote.stale ? (
          <small className="badge text-bg-warning fs-6">
            <span aria-hidden="true">⚠ </span>quote {quote.age_seconds} s old
          </small>
        ) : null}
      </p>
      <p className="mb-0 text-body-secondary small">
        <span className="text-nowrap">{formatPair(quote.symbol, quoteAsset)}</span>{' '}
        · <span className="text-nowrap">Bid {formatMoney(quote.bid, quoteAsset)}</span>{' '}
        · <span className="text-nowrap">Ask {formatMoney(quote.ask, quoteAsset)}</span>{' '}
        · <span className="text-nowrap" data-testid="price-spread">
          Spread {formatMoney(quote.spread, quoteAsset)} ({formatPercent(quote.spread_percent)})
        </span>
      </p>
    </div>
  );
}

/** The last price of the chosen symbol, every second, with the direction of its last move. */
export function PriceTicker({ price, symbol, symbols, onSymbolChange }) {
  const direction = usePriceDirection(symbol, price.data?.last);
  const choices = symbols.includes(symbol) ? symbols : [symbol, ...symbols];
  return (
    <Widget
      title="Price"
      name="price"
      loadable={price}
      badges={<SourceBadges priceSource={price.data?.source} />}
      toolbar={
        <Form.Group controlId="price-symbol" className="mb-2 d-flex align-items-center gap-2">
          <Form.Label className="small mb-0">Symbol</Form.Label>
          <Form.Select size="sm" className="w-auto" value={symbol} onChange={(event) => onSymbolChange(event.target.value)}>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </Form.Select>
        </Form.Group>
      }
    >
      {(quote) => <Quote quote={quote} direction={direction} />}
    </Widget>
  );
}

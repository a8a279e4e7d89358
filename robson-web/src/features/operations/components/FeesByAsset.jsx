import { formatMoney } from '../../../lib/format.js';

/**
 * The fees an operation paid, one per asset charged: a BNB commission in BNB, with its value in
 * the quote asset beside it; a fee in the quote asset is its own value. Amounts are the
 * server's strings, never recomputed.
 */
export function FeesByAsset({ fees, quoteAsset }) {
  if (!fees || fees.length === 0) {
    return null;
  }
  return (
    <ul className="list-unstyled mb-0" data-testid="fees-by-asset">
      {fees.map((fee) => (
        <li key={fee.asset} data-asset={fee.asset}>
          {fee.asset === quoteAsset ? (
            formatMoney(fee.amount, quoteAsset)
          ) : (
            <>
              {fee.amount} {fee.asset}{' '}
              <span className="text-body-secondary">
                ({fee.quote_value != null ? formatMoney(fee.quote_value, quoteAsset) : 'not valued'})
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

import { SourceBadges } from '../../../components/SourceBadges.jsx';
import { Widget } from '../../../components/Widget.jsx';
import { compareDecimal, isDecimal } from '../../../lib/decimal.js';
import { formatMoney, formatPercent } from '../../../lib/format.js';

/** The bar's width as CSS text, clamped to 0–100 without turning the figure into a float. */
function barWidth(percent) {
  if (!isDecimal(percent) || compareDecimal(percent, '0') <= 0) {
    return '0';
  }
  return compareDecimal(percent, '100') >= 0 ? '100' : percent;
}

/** Balance, what the open positions are worth, what is free, and how exposed the account is. */
export function AccountPanel({ account }) {
  return (
    <Widget
      title="Account"
      name="account"
      loadable={account}
      badges={<SourceBadges tradingMode={account.data?.source} />}
    >
      {(summary) => (
        <>
          <dl className="account-figures mb-3">
            <div>
              <dt>Balance</dt>
              <dd data-testid="account-balance">{formatMoney(summary.balance, summary.quote_asset)}</dd>
            </div>
            <div>
              <dt>Positions value</dt>
              <dd data-testid="account-positions-value">{formatMoney(summary.positions_value, summary.quote_asset)}</dd>
            </div>
            <div>
              <dt>Available</dt>
              <dd data-testid="account-available">{formatMoney(summary.available, summary.quote_asset)}</dd>
            </div>
            <div>
              <dt>Exposure</dt>
              <dd data-testid="account-exposure">{formatPercent(summary.exposure_percent)}</dd>
            </div>
          </dl>
          {/* The figure above says it in words; the bar only repeats it for the eye. */}
          <div className="progress account-exposure" aria-hidden="true">
            <div className="progress-bar" data-testid="account-exposure-bar" style={{ width: `${barWidth(summary.exposure_percent)}%` }} />
          </div>
        </>
      )}
    </Widget>
  );
}

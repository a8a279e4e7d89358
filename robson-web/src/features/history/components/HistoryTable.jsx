import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import { Link } from 'react-router';
import { Widget } from '../../../components/Widget.jsx';
import { baseAssetOf, formatInstant, formatMoney, formatQuantity } from '../../../lib/format.js';
import { CloseReasonBadge } from '../../../components/CloseReasonBadge.jsx';
import { ColumnHeads } from '../../../components/ColumnHeads.jsx';
import { PnlBadge } from '../../../components/PnlBadge.jsx';
import { csvFileName, downloadCsv, historyCsv } from '../lib/csv.js';
import { formatDuration } from '../lib/duration.js';

/** Closed operations with gross and net P&L, reason and duration; each links to its page. */
export function HistoryTable({ history, filters }) {
  const toolbar = history.hasData && history.data.trades.length > 0 ? (
    <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
      <span className="small text-body-secondary me-auto" data-testid="history-count">
        {history.data.trades.length} closed operation{history.data.trades.length === 1 ? '' : 's'}
        {history.data.truncated ? ' (the most recent; narrow the period to see all)' : ''}
      </span>
      <Button size="sm" variant="outline-primary" onClick={() => downloadCsv(historyCsv(history.data.trades), csvFileName(filters))}>
        Download CSV
      </Button>
    </div>
  ) : null;
  return (
    <Widget title="Closed operations" name="history" loadable={history} toolbar={toolbar}>
      {(data) =>
        data.trades.length === 0 ? (
          <p className="text-body-secondary mb-0" data-testid="no-history">
            No closed operation matches these filters.
          </p>
        ) : (
          <Table responsive hover size="sm" className="mb-0 align-middle" data-testid="history-table">
            <caption className="visually-hidden">Closed operations, most recent close first</caption>
            <ColumnHeads names={['#', 'Symbol', 'Direction', 'Quantity', 'Entry', 'Exit', 'Reason', 'P&L gross', 'P&L net', 'Held', 'Closed']} />
            <tbody>
              {data.trades.map((trade) => (
                <tr key={trade.operation_id} data-testid="history-row" data-symbol={trade.symbol} data-reason={trade.close_reason}>
                  <td>
                    <Link to={`/operations/${trade.operation_id}`} aria-label={`Operation ${trade.operation_id}`}>
                      {trade.operation_id}
                    </Link>
                  </td>
                  <td>{trade.symbol}</td>
                  <td>{trade.direction}</td>
                  <td className="text-nowrap">{formatQuantity(trade.quantity, baseAssetOf(trade.symbol, trade.quote_asset))}</td>
                  <td className="text-nowrap">{formatMoney(trade.entry_price, trade.quote_asset)}</td>
                  <td className="text-nowrap">{formatMoney(trade.exit_price, trade.quote_asset)}</td>
                  <td>
                    <CloseReasonBadge code={trade.close_reason} />
                  </td>
                  <td className="text-nowrap">{formatMoney(trade.realized_pnl, trade.quote_asset, { signed: true })}</td>
                  <td>
                    <PnlBadge amount={trade.realized_pnl_net} quoteAsset={trade.quote_asset} label="Realized P&L net of fees" />
                  </td>
                  <td className="text-nowrap">{formatDuration(trade.duration_seconds)}</td>
                  <td className="text-nowrap">{formatInstant(trade.closed_at)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )
      }
    </Widget>
  );
}

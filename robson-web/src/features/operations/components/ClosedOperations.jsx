import Table from 'react-bootstrap/Table';
import { Widget } from '../../../components/Widget.jsx';
import { formatInstant, formatMoney, formatQuantity, baseAssetOf } from '../../../lib/format.js';
import { PnlBadge } from '../../../components/PnlBadge.jsx';
import { CloseReasonBadge } from '../../../components/CloseReasonBadge.jsx';
import { ColumnHeads } from '../../../components/ColumnHeads.jsx';

/** Finished operations with their realized P&L; hidden while there are none. */
export function ClosedOperations({ operations }) {
  if (operations.hasData && (operations.data.operations ?? []).length === 0) {
    return null;
  }
  return (
    <Widget title="Closed operations" name="closed-operations" loadable={operations}>
      {(data) => (
        <Table responsive hover size="sm" className="mb-0 align-middle" data-testid="closed-operations">
          <caption className="visually-hidden">Closed operations, most recent first</caption>
          <ColumnHeads names={['#', 'Symbol', 'Direction', 'Quantity', 'Entry', 'Reason', 'Realized P&L', 'Closed']} />
          <tbody>
            {[...data.operations]
              .sort((a, b) => String(b.closed_at ?? '').localeCompare(String(a.closed_at ?? '')))
              .map((operation) => (
                <tr key={operation.operation_id}>
                  <td>{operation.operation_id}</td>
                  <td>{operation.symbol}</td>
                  <td>{operation.direction ?? (operation.side === 'SELL' ? 'SHORT' : 'LONG')}</td>
                  <td>{formatQuantity(operation.entry_quantity ?? operation.quantity, baseAssetOf(operation.symbol, operation.quote_asset))}</td>
                  <td>{formatMoney(operation.entry_price, operation.quote_asset)}</td>
                  <td>
                    <CloseReasonBadge code={operation.close_reason} />
                  </td>
                  <td>
                    {operation.realized_pnl != null ? (
                      <PnlBadge amount={operation.realized_pnl} quoteAsset={operation.quote_asset} label="Realized P&L" />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="text-nowrap">{formatInstant(operation.closed_at)}</td>
                </tr>
              ))}
          </tbody>
        </Table>
      )}
    </Widget>
  );
}

import Badge from 'react-bootstrap/Badge';
import Table from 'react-bootstrap/Table';
import { Widget } from '../../../components/Widget.jsx';
import { formatInstant, formatMoney, formatQuantity, baseAssetOf } from '../../../lib/format.js';
import { PnlBadge } from '../../../components/PnlBadge.jsx';
import { closeReasonOf } from '../../../lib/close-reasons.js';

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
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Symbol</th>
              <th scope="col">Direction</th>
              <th scope="col">Quantity</th>
              <th scope="col">Entry</th>
              <th scope="col">Reason</th>
              <th scope="col">Realized P&amp;L</th>
              <th scope="col">Closed</th>
            </tr>
          </thead>
          <tbody>
            {[...data.operations]
              .sort((a, b) => String(b.closed_at ?? '').localeCompare(String(a.closed_at ?? '')))
              .map((operation) => {
                const reason = closeReasonOf(operation.close_reason);
                return (
                  <tr key={operation.operation_id}>
                    <td>{operation.operation_id}</td>
                    <td>{operation.symbol}</td>
                    <td>{operation.direction ?? (operation.side === 'SELL' ? 'SHORT' : 'LONG')}</td>
                    <td>{formatQuantity(operation.entry_quantity ?? operation.quantity, baseAssetOf(operation.symbol, operation.quote_asset))}</td>
                    <td>{formatMoney(operation.entry_price, operation.quote_asset)}</td>
                    <td>
                      <Badge bg={reason.bg}>{reason.text}</Badge>
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
                );
              })}
          </tbody>
        </Table>
      )}
    </Widget>
  );
}

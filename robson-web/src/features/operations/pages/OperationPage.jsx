import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Card from 'react-bootstrap/Card';
import Table from 'react-bootstrap/Table';
import { Link, useParams } from 'react-router';
import { LoadingSpinner } from '../../../components/LoadingSpinner.jsx';
import { ErrorBoundary } from '../../../components/ErrorBoundary.jsx';
import { Widget } from '../../../components/Widget.jsx';
import { AppHeader } from '../../../app/AppHeader.jsx';
import { describeError } from '../../../lib/api-client.js';
import { baseAssetOf, formatInstant, formatMoney, formatPair, formatQuantity } from '../../../lib/format.js';
import { PnlBadge } from '../../../components/PnlBadge.jsx';
import { useOperation, useOperationCandles, useOperationEvents, useOperationOrders } from '../api/get-operation.js';
import { chartWindow } from '../lib/chart-window.js';
import { closeReasonOf } from '../../../lib/close-reasons.js';
import { FeesByAsset } from '../components/FeesByAsset.jsx';
import { ColumnHeads } from '../../../components/ColumnHeads.jsx';
import { Figure } from '../../../components/Figure.jsx';

const OperationChartCanvas = lazy(() => import('../components/OperationChartCanvas.jsx'));

function Field({ term, children, name }) {
  return (
    <Figure term={term} data-field={name}>
      {children ?? '—'}
    </Figure>
  );
}

function Fields({ operation }) {
  const quote = operation.quote_asset;
  const base = baseAssetOf(operation.symbol, quote);
  return (
    <dl className="position-figures mb-0" data-testid="operation-fields">
      <Field term="Status" name="status">{operation.status}</Field>
      <Field term="Direction" name="direction">{operation.direction} · {operation.side}</Field>
      <Field term="Open quantity" name="quantity">{formatQuantity(operation.quantity, base)}</Field>
      <Field term="Entered quantity" name="entry_quantity">{formatQuantity(operation.entry_quantity, base)}</Field>
      <Field term="Entry" name="entry_price">{formatMoney(operation.entry_price, quote)}</Field>
      <Field term="Stop" name="stop_loss">{formatMoney(operation.stop_loss, quote)}</Field>
      <Field term="Target" name="take_profit">{formatMoney(operation.take_profit, quote)}</Field>
      <Field term="Close reason" name="close_reason">{operation.close_reason ? closeReasonOf(operation.close_reason).text : null}</Field>
      <Field term="Realized P&L" name="realized_pnl">
        {operation.realized_pnl != null ? <PnlBadge amount={operation.realized_pnl} quoteAsset={quote} label="Realized P&L" /> : null}
      </Field>
      <Field term="Net of fees" name="realized_pnl_net">
        {operation.realized_pnl_net != null ? <PnlBadge amount={operation.realized_pnl_net} quoteAsset={quote} label="Realized P&L net of fees" /> : null}
      </Field>
      <Field term="Fees" name="fees">
        {operation.fees?.length ? <FeesByAsset fees={operation.fees} quoteAsset={quote} /> : formatMoney(operation.fees_paid, quote)}
      </Field>
      <Field term="Opened" name="opened_at">{formatInstant(operation.opened_at)}</Field>
      <Field term="Closed" name="closed_at">{operation.closed_at ? formatInstant(operation.closed_at) : null}</Field>
      {operation.attention ? <Field term="Needs attention" name="attention">{operation.attention}</Field> : null}
    </dl>
  );
}

function Orders({ orders, operation }) {
  return (
    <Widget title="Orders and fills" name="orders" loadable={orders}>
      {(data) => (
        <Table responsive size="sm" className="mb-0 align-middle" data-testid="operation-orders">
          <caption className="visually-hidden">Orders of operation {operation.operation_id}, in the order they were placed</caption>
          <ColumnHeads names={['Purpose', 'Status', 'Executed', 'Average price', 'Fee', 'Time', 'Client order id']} />
          <tbody>
            {data.orders.map((order, index) => (
              <tr key={`${order.client_order_id ?? 'order'}-${index}`} data-testid="order-row" data-purpose={order.purpose}>
                <td>{order.purpose}</td>
                <td>{order.status}</td>
                <td className="text-nowrap">{formatQuantity(order.executed_quantity, baseAssetOf(operation.symbol, operation.quote_asset))}</td>
                <td className="text-nowrap">{order.average_price ? formatMoney(order.average_price, operation.quote_asset) : '—'}</td>
                <td className="text-nowrap">
                  {order.fee != null ? `${order.fee} ${order.fee_asset ?? ''}` : <span className="text-body-secondary">not recorded</span>}
                </td>
                <td className="text-nowrap">{formatInstant(order.executed_at)}</td>
                <td className="small text-break">{order.client_order_id ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Widget>
  );
}

function Timeline({ events }) {
  return (
    <Widget title="Audit timeline" name="events" loadable={events}>
      {(data) =>
        data.events.length === 0 ? (
          <p className="text-body-secondary mb-0">No event yet: the operation has been guarded without a close.</p>
        ) : (
          <ol className="timeline list-unstyled mb-0" data-testid="operation-timeline">
            {data.events.map((event, index) => (
              <li key={`${event.occurred_at}-${index}`} data-event={event.event}>
                <div className="fw-semibold">
                  {event.event} <small className="text-body-secondary fw-normal">{formatInstant(event.occurred_at)}</small>
                </div>
                {event.detail ? <div className="small text-break">{event.detail}</div> : null}
              </li>
            ))}
          </ol>
        )
      }
    </Widget>
  );
}

function exitPriceOf(orders) {
  const exits = (orders ?? []).filter((order) => order.purpose === 'EXIT' && order.average_price);
  return exits.length === 1 ? exits[0].average_price : null;
}

function Chart({ operation, orders }) {
  // Read once when the page opens: the chart of a life does not follow the clock.
  const [openedPageAt] = useState(() => Math.floor(Date.now() / 1000));
  const window = useMemo(
    () => chartWindow(operation.opened_at, operation.closed_at, openedPageAt),
    [operation.opened_at, operation.closed_at, openedPageAt],
  );
  const candles = useOperationCandles(operation.symbol, window);
  return (
    <Card as="section" className="widget shadow-sm" aria-labelledby="operation-chart-title">
      <Card.Header>
        <h2 id="operation-chart-title" className="h6 mb-0">
          {formatPair(operation.symbol, operation.quote_asset)} over the operation&apos;s life ({window.interval} candles)
        </h2>
      </Card.Header>
      <Card.Body>
        {window.entryOutOfReach ? (
          <p className="small text-body-secondary">The entry is older than the 30 days of candles the server serves: the chart shows the last 30 days.</p>
        ) : null}
        {candles.isError ? <p className="text-danger mb-0">{describeError(candles.error)}</p> : null}
        {candles.data ? (
          <Suspense fallback={<LoadingSpinner label="Loading the chart" />}>
            <OperationChartCanvas candles={candles.data.candles} window={window} operation={operation} exitPrice={exitPriceOf(orders)} />
          </Suspense>
        ) : !candles.isError ? (
          <LoadingSpinner label="Loading the chart" />
        ) : null}
        <p className="small text-body-secondary mb-0 mt-2">
          Entry mark (blue) at {formatInstant(operation.opened_at)}
          {operation.closed_at ? <>, exit mark (purple) at {formatInstant(operation.closed_at)}</> : null}; lines: entry, stop (red), target (green). Charts by TradingView.
        </p>
      </Card.Body>
    </Card>
  );
}

/** Everything about one operation: its fields, its orders and fills, what happened, and its chart. */
export default function OperationPage() {
  const { id } = useParams();
  const heading = useRef(null);
  const operation = useOperation(id);
  const orders = useOperationOrders(id);
  const events = useOperationEvents(id);

  useEffect(() => {
    heading.current?.focus();
  }, [id]);

  const current = operation.data;
  return (
    <>
      <AppHeader />
      <main id="main" className="container-xxl pb-4">
        <nav aria-label="Breadcrumb" className="small mb-2">
          <Link to="/">Dashboard</Link> · <Link to="/history">History</Link>
        </nav>
        <h1 ref={heading} tabIndex={-1} className="h4 d-flex flex-wrap align-items-center gap-2">
          Operation #{id}
          {current ? (
            <>
              <small className="text-body-secondary">{formatPair(current.symbol, current.quote_asset)}</small>
              <Badge bg={current.status === 'CLOSED' ? 'secondary' : current.status === 'CLOSING' ? 'warning' : 'primary'} data-testid="operation-status">
                {current.status}
              </Badge>
            </>
          ) : null}
        </h1>
        <div className="row g-3">
          <div className="col-12 col-lg-5">
            <Widget title="Operation" name="operation" loadable={operation}>
              {(data) => <Fields operation={data} />}
            </Widget>
          </div>
          <div className="col-12 col-lg-7">
            <ErrorBoundary name="Timeline">
              <Timeline events={events} />
            </ErrorBoundary>
          </div>
          {current ? (
            <div className="col-12">
              <ErrorBoundary name="Chart">
                <Chart operation={current} orders={orders.data?.orders} />
              </ErrorBoundary>
            </div>
          ) : null}
          {current ? (
            <div className="col-12">
              <ErrorBoundary name="Orders">
                <Orders orders={orders} operation={current} />
              </ErrorBoundary>
            </div>
          ) : null}
        </div>
      </main>
    </>
  );
}

import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { toast } from 'react-toastify/unstyled';
import { describeError } from '../../../lib/api-client.js';
import { formatMoney, formatPair, formatQuantity, baseAssetOf } from '../../../lib/format.js';
import { closeOperation, useOperationAction } from '../api/operation-actions.js';
import { Figure } from '../../../components/Figure.jsx';

/**
 * Asks before closing: a MARKET order sells (or buys back) the whole open quantity, so the
 * trader sees the fill and P&L to expect, taken from the position's latest valuation (the
 * exit-side price: the bid for a LONG, the ask for a SHORT).
 */
function announce(operation) {
  const result = operation.status === 'CLOSED'
    ? `closed, realized ${formatMoney(operation.realized_pnl, operation.quote_asset, { signed: true })}`
    : `is ${operation.status.toLowerCase()}`;
  toast.success(`Operation #${operation.operation_id} ${result}.`);
}

export function CloseConfirmation({ position, show, onHide }) {
  const close = useOperationAction(() => closeOperation(position.operation_id), { onSuccess: announce });
  const quote = position.quote_asset;
  const long = position.direction ? position.direction === 'LONG' : position.side === 'BUY';

  function confirm() {
    close.mutate(undefined, { onSuccess: () => onHide() });
  }

  return (
    <Modal show={show} onHide={onHide} centered aria-labelledby={`close-${position.operation_id}-title`} data-testid="close-confirmation">
      <Modal.Header closeButton>
        <Modal.Title id={`close-${position.operation_id}-title`} className="h5">
          Close operation #{position.operation_id} now?
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p className="mb-2">
          A market order {long ? 'sells' : 'buys back'} {formatQuantity(position.quantity, baseAssetOf(position.symbol, quote))} of{' '}
          {formatPair(position.symbol, quote)}.
        </p>
        <dl className="position-figures mb-2">
          <Figure term={`Expected fill (${long ? 'bid' : 'ask'})`} data-testid="expected-fill">
            {formatMoney(position.current_price, quote)}
          </Figure>
          <Figure term="Expected P&L" data-testid="expected-pnl">
            {formatMoney(position.unrealized_pnl, quote, { signed: true })}
          </Figure>
        </dl>
        <p className="small text-body-secondary mb-0">
          A market order fills at the book&apos;s price when it arrives, which may differ from this one.
        </p>
        {close.error ? (
          <Alert variant="danger" className="mt-3 mb-0" role="alert">
            {describeError(close.error)}
          </Alert>
        ) : null}
      </Modal.Body>
      <Modal.Footer>
        <Button variant="outline-secondary" onClick={onHide}>
          Keep it open
        </Button>
        <Button variant="danger" onClick={confirm} disabled={close.isPending}>
          {close.isPending ? 'Closing…' : 'Close now'}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

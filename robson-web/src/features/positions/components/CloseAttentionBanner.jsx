import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { describeError } from '../../../lib/api-client.js';
import { isDecimal } from '../../../lib/decimal.js';
import { useCloseAction } from '../api/close-actions.js';

/**
 * A close that has not finished, or needs a person: a red banner with the reason and the ways
 * out (retry; or resolve with what the exchange shows). Nothing when the position is simply open.
 */
export function CloseAttentionBanner({ position }) {
  if (position.status !== 'CLOSING' && !position.attention) {
    return null;
  }
  return <ClosingBanner position={position} />;
}

function ClosingBanner({ position }) {
  const action = useCloseAction();
  const [outside, setOutside] = useState(false);
  const [quantity, setQuantity] = useState('');
  const [price, setPrice] = useState('');
  const id = position.operation_id;
  const fillValid = isDecimal(quantity) && isDecimal(price);
  const submitOutside = (event) => {
    event.preventDefault();
    if (fillValid) {
      action.mutate({ operationId: id, resolution: { outcome: 'CLOSED_OUTSIDE', fills: [{ quantity, price }] } });
    }
  };
  return (
    <Alert variant="danger" className="close-attention mb-3" data-testid="close-attention" role="alert">
      <Alert.Heading as="h4" className="h6 mb-1">
        <span aria-hidden="true">⚠ </span>
        {position.status === 'CLOSING' ? 'Closing has not finished' : 'Needs attention'}
      </Alert.Heading>
      <p className="mb-2 small">{position.attention ?? 'The close order is being confirmed with the exchange.'}</p>
      <div className="d-flex flex-wrap gap-2">
        <Button size="sm" variant="light" disabled={action.isPending}
          onClick={() => action.mutate({ operationId: id })}>
          Retry close
        </Button>
        <Button size="sm" variant="outline-light" disabled={action.isPending}
          onClick={() => action.mutate({ operationId: id, resolution: { outcome: 'NOTHING_SOLD' } })}>
          Nothing was sold: guard it again
        </Button>
        <Button size="sm" variant="outline-light" disabled={action.isPending} onClick={() => setOutside(!outside)}>
          Closed outside Robson…
        </Button>
      </div>
      {outside ? (
        <Form className="d-flex flex-wrap gap-2 mt-2 align-items-end" onSubmit={submitOutside}
          aria-label={`Closed outside: operation ${id}`}>
          <Form.Group controlId={`outside-qty-${id}`}>
            <Form.Label className="small mb-0">Quantity sold</Form.Label>
            <Form.Control size="sm" inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value.trim())} />
          </Form.Group>
          <Form.Group controlId={`outside-price-${id}`}>
            <Form.Label className="small mb-0">Average price</Form.Label>
            <Form.Control size="sm" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value.trim())} />
          </Form.Group>
          <Button size="sm" type="submit" variant="light" disabled={!fillValid || action.isPending}>
            Record the close
          </Button>
        </Form>
      ) : null}
      {action.isError ? (
        <p className="mb-0 mt-2 small fw-semibold" data-testid="close-action-error">{describeError(action.error)}</p>
      ) : null}
    </Alert>
  );
}

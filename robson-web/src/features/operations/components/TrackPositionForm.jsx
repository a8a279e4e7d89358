import { useId, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { toast } from 'react-toastify/unstyled';
import { formatPair } from '../../../lib/format.js';
import { trackOperation, useOperationAction } from '../api/operation-actions.js';
import { fieldProblems } from '../lib/field-problems.js';
import { FieldError } from './FieldError.jsx';

const FIELDS = ['symbol', 'side', 'quantity', 'entry_price', 'stop_loss', 'take_profit', 'opened_at'];
const EMPTY = { symbol: 'BTCUSDC', side: 'LONG', quantity: '', entry_price: '', stop_loss: '', take_profit: '', opened_at: '' };

/** The request exactly as typed: the server checks ticks, steps and the stop/target rule. */
function requestOf(values) {
  const request = {};
  for (const field of FIELDS) {
    const value = values[field].trim();
    if (value !== '') {
      request[field] = field === 'symbol' ? value.toUpperCase() : value;
    }
  }
  return request;
}

/**
 * Starts guarding a position already filled on the exchange. Every rule is the server's: a
 * refused field shows the server's own sentence under it.
 */
export function TrackPositionForm({ onDone }) {
  const prefix = useId();
  const [values, setValues] = useState(EMPTY);
  const track = useOperationAction(trackOperation);
  const problems = fieldProblems(track.error, FIELDS);

  function change(field) {
    return (event) => setValues((current) => ({ ...current, [field]: event.target.value }));
  }

  function submit(event) {
    event.preventDefault();
    track.mutate(requestOf(values), {
      onSuccess: (operation) => {
        toast.success(`Operation #${operation.operation_id} is tracked: ${formatPair(operation.symbol, operation.quote_asset)} ${operation.direction}.`);
        setValues(EMPTY);
        track.reset();
        onDone?.(operation);
      },
    });
  }

  function input(field, label, { placeholder, hint, type = 'text' } = {}) {
    const id = `${prefix}-${field}`;
    const errorId = `track-${field}-error`;
    return (
      <Form.Group className="col-12 col-sm-6 col-lg-4" controlId={id}>
        <Form.Label>{label}</Form.Label>
        <Form.Control
          type={type}
          inputMode={type === 'text' && field !== 'symbol' ? 'decimal' : undefined}
          name={field}
          value={values[field]}
          onChange={change(field)}
          placeholder={placeholder}
          isInvalid={Boolean(problems.fields[field])}
          aria-invalid={Boolean(problems.fields[field])}
          aria-describedby={problems.fields[field] ? errorId : undefined}
          autoComplete="off"
        />
        {hint ? <Form.Text>{hint}</Form.Text> : null}
        <FieldError id={errorId} message={problems.fields[field]} />
      </Form.Group>
    );
  }

  return (
    <Form onSubmit={submit} noValidate aria-label="Track a position" data-testid="track-form">
      <div className="row g-3">
        {input('symbol', 'Symbol', { placeholder: 'BTCUSDC' })}
        <Form.Group className="col-12 col-sm-6 col-lg-4" controlId={`${prefix}-side`}>
          <Form.Label>Direction</Form.Label>
          <Form.Select name="side" value={values.side} onChange={change('side')} isInvalid={Boolean(problems.fields.side)} aria-invalid={Boolean(problems.fields.side)} aria-describedby={problems.fields.side ? 'track-side-error' : undefined}>
            <option value="LONG">LONG (bought)</option>
            <option value="SHORT">SHORT (sold)</option>
          </Form.Select>
          <FieldError id="track-side-error" message={problems.fields.side} />
        </Form.Group>
        {input('quantity', 'Quantity', { placeholder: '0.00033' })}
        {input('entry_price', 'Entry price', { placeholder: '88837.92' })}
        {input('stop_loss', 'Stop', { placeholder: '87061.16', hint: 'LONG: below the bid; SHORT: above the ask.' })}
        {input('take_profit', 'Target', { placeholder: '92391.44' })}
        {input('opened_at', 'Opened at (optional)', { placeholder: '2025-12-22T14:30:00Z', hint: 'ISO-8601 UTC; empty: now.' })}
      </div>
      {problems.general ? (
        <Alert variant="danger" className="mt-3 mb-0" role="alert" data-testid="track-error">
          {problems.general}
        </Alert>
      ) : null}
      <div className="d-flex gap-2 mt-3">
        <Button type="submit" disabled={track.isPending}>
          {track.isPending ? 'Tracking…' : 'Track position'}
        </Button>
        {onDone ? (
          <Button variant="outline-secondary" onClick={() => onDone(null)}>
            Cancel
          </Button>
        ) : null}
      </div>
    </Form>
  );
}

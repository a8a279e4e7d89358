import { useId, useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { toast } from 'react-toastify/unstyled';
import { formatMoney, formatPercent } from '../../../lib/format.js';
import { moveProtection, previewProtection, useOperationAction } from '../api/operation-actions.js';
import { fieldProblems } from '../lib/field-problems.js';
import { FieldError } from './FieldError.jsx';
import { Figure } from '../../../components/Figure.jsx';

const FIELDS = ['stop_loss', 'take_profit'];

/** Only the bounds that change are sent: an unchanged one is kept by the server as it is. */
function requestOf(values, position) {
  const request = {};
  for (const field of FIELDS) {
    const value = values[field].trim();
    if (value !== '' && value !== position[field]) {
      request[field] = value;
    }
  }
  return request;
}

function Preview({ preview }) {
  const quote = preview.quote_asset;
  return (
    <dl className="position-figures small mb-0 mt-2" aria-live="polite" data-testid="move-preview">
      <Figure term="New stop">
        {formatMoney(preview.stop_loss, quote)} ({formatPercent(preview.distance_to_stop_percent, { signed: true })})
      </Figure>
      <Figure term="New target">
        {formatMoney(preview.take_profit, quote)} ({formatPercent(preview.distance_to_target_percent, { signed: true })})
      </Figure>
      <Figure term="Risk at stop" data-testid="preview-risk">{formatMoney(preview.risk_at_stop, quote, { signed: true })}</Figure>
      <Figure term="Reward at target">{formatMoney(preview.reward_at_target, quote, { signed: true })}</Figure>
    </dl>
  );
}

/**
 * Moves the stop and/or target inline on a card: "Check" asks the server for the new distances
 * and risk (the same rules as the move, nothing saved), "Save" moves. A refusal shows the
 * server's sentence under the field it names.
 */
export function MoveProtectionForm({ position, onDone }) {
  const prefix = useId();
  const [values, setValues] = useState({ stop_loss: position.stop_loss, take_profit: position.take_profit });
  const preview = useOperationAction((request) => previewProtection(position.operation_id, request));
  const move = useOperationAction((request) => moveProtection(position.operation_id, request));
  const request = requestOf(values, position);
  const nothingChanged = Object.keys(request).length === 0;
  const problems = fieldProblems(move.error ?? preview.error, FIELDS);

  function change(field) {
    return (event) => {
      setValues((current) => ({ ...current, [field]: event.target.value }));
      preview.reset();
      move.reset();
    };
  }

  function check() {
    preview.mutate(request);
  }

  function save(event) {
    event.preventDefault();
    move.mutate(request, {
      onSuccess: (operation) => {
        toast.success(`Operation #${operation.operation_id}: stop ${formatMoney(operation.stop_loss, operation.quote_asset)}, target ${formatMoney(operation.take_profit, operation.quote_asset)}.`);
        onDone?.();
      },
    });
  }

  return (
    <Form onSubmit={save} noValidate className="move-protection mt-3" aria-label={`Move stop or target of operation ${position.operation_id}`} data-testid="move-form">
      <div className="row g-2">
        {FIELDS.map((field) => {
          const errorId = `move-${position.operation_id}-${field}-error`;
          return (
            <Form.Group className="col-12 col-sm-6" controlId={`${prefix}-${field}`} key={field}>
              <Form.Label className="small mb-1">{field === 'stop_loss' ? 'New stop' : 'New target'}</Form.Label>
              <Form.Control
                size="sm"
                inputMode="decimal"
                name={field}
                value={values[field]}
                onChange={change(field)}
                isInvalid={Boolean(problems.fields[field])}
                aria-invalid={Boolean(problems.fields[field])}
                aria-describedby={problems.fields[field] ? errorId : undefined}
                autoComplete="off"
              />
              <FieldError id={errorId} message={problems.fields[field]} />
            </Form.Group>
          );
        })}
      </div>
      {problems.general ? (
        <Alert variant="danger" className="mt-2 mb-0 py-2 small" role="alert">
          {problems.general}
        </Alert>
      ) : null}
      {preview.data && !preview.error ? <Preview preview={preview.data} /> : null}
      <div className="d-flex flex-wrap gap-2 mt-2">
        <Button size="sm" variant="outline-primary" onClick={check} disabled={nothingChanged || preview.isPending}>
          {preview.isPending ? 'Checking…' : 'Check'}
        </Button>
        <Button size="sm" type="submit" disabled={nothingChanged || move.isPending}>
          {move.isPending ? 'Saving…' : 'Save'}
        </Button>
        <Button size="sm" variant="outline-secondary" onClick={() => onDone?.()}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}

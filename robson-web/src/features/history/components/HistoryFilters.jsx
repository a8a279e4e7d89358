import { useId, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { CLOSE_REASONS } from '../../../lib/close-reasons.js';

const REASONS = [['', 'Any reason'], ...Object.entries(CLOSE_REASONS).map(([code, reason]) => [code, reason.text])];

/** Symbol, reason and period; applied together so the address (and a bookmark) holds them. */
export function HistoryFilters({ filters, onApply }) {
  const prefix = useId();
  const [draft, setDraft] = useState(filters);

  function change(name) {
    return (event) => setDraft((current) => ({ ...current, [name]: event.target.value }));
  }

  function apply(event) {
    event.preventDefault();
    onApply({ ...draft, symbol: draft.symbol.trim().toUpperCase() });
  }

  function clear() {
    const empty = { symbol: '', reason: '', from: '', to: '' };
    setDraft(empty);
    onApply(empty);
  }

  return (
    <Form onSubmit={apply} className="row g-2 align-items-end mb-3" aria-label="Filter the history" data-testid="history-filters">
      <Form.Group className="col-6 col-md-3" controlId={`${prefix}-symbol`}>
        <Form.Label className="small mb-1">Symbol</Form.Label>
        <Form.Control size="sm" name="symbol" value={draft.symbol} onChange={change('symbol')} placeholder="BTCUSDC" autoComplete="off" />
      </Form.Group>
      <Form.Group className="col-6 col-md-3" controlId={`${prefix}-reason`}>
        <Form.Label className="small mb-1">Reason</Form.Label>
        <Form.Select size="sm" name="reason" value={draft.reason} onChange={change('reason')}>
          {REASONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Form.Select>
      </Form.Group>
      <Form.Group className="col-6 col-md-2" controlId={`${prefix}-from`}>
        <Form.Label className="small mb-1">From (UTC)</Form.Label>
        <Form.Control size="sm" type="date" name="from" value={draft.from} onChange={change('from')} />
      </Form.Group>
      <Form.Group className="col-6 col-md-2" controlId={`${prefix}-to`}>
        <Form.Label className="small mb-1">To (UTC)</Form.Label>
        <Form.Control size="sm" type="date" name="to" value={draft.to} onChange={change('to')} />
      </Form.Group>
      <div className="col-12 col-md-2 d-flex gap-2">
        <Button size="sm" type="submit">
          Apply
        </Button>
        <Button size="sm" variant="outline-secondary" onClick={clear}>
          Clear
        </Button>
      </div>
    </Form>
  );
}

import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { Link } from 'react-router';
import { CloseConfirmation } from './CloseConfirmation.jsx';
import { MoveProtectionForm } from './MoveProtectionForm.jsx';

/** What a trader can do with an open position from its card. */
export function PositionActions({ position }) {
  const [moving, setMoving] = useState(false);
  const [closing, setClosing] = useState(false);
  const id = position.operation_id;
  return (
    <div className="position-actions mt-3" data-testid="position-actions">
      <div className="d-flex flex-wrap gap-2">
        <Link className="btn btn-sm btn-outline-secondary" to={`/operations/${id}`} aria-label={`Details of operation ${id}`}>
          Details
        </Link>
        <Button size="sm" variant="outline-primary" onClick={() => setMoving((open) => !open)} aria-expanded={moving}>
          Move stop/target
        </Button>
        <Button size="sm" variant="outline-danger" onClick={() => setClosing(true)}>
          Close now
        </Button>
      </div>
      {moving ? <MoveProtectionForm position={position} onDone={() => setMoving(false)} /> : null}
      {closing ? <CloseConfirmation position={position} show={closing} onHide={() => setClosing(false)} /> : null}
    </div>
  );
}

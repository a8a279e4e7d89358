import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { Link } from 'react-router';
import { CloseConfirmation } from './CloseConfirmation.jsx';
import { MoveProtectionForm } from './MoveProtectionForm.jsx';

/**
 * What a trader can do with an open position from its card. A position whose close is under way
 * can be neither moved nor closed again (the server answers 409): its banner offers retry and
 * resolve instead.
 */
export function PositionActions({ position }) {
  const [moving, setMoving] = useState(false);
  const [closing, setClosing] = useState(false);
  const id = position.operation_id;
  const open = position.status !== 'CLOSING';
  return (
    <div className="position-actions mt-3" data-testid="position-actions">
      <div className="d-flex flex-wrap gap-2">
        <Link className="btn btn-sm btn-outline-secondary" to={`/operations/${id}`} aria-label={`Details of operation ${id}`}>
          Details
        </Link>
        {open ? (
          <>
            <Button size="sm" variant="outline-primary" onClick={() => setMoving((shown) => !shown)} aria-expanded={moving}>
              Move stop/target
            </Button>
            <Button size="sm" variant="outline-danger" onClick={() => setClosing(true)}>
              Close now
            </Button>
          </>
        ) : null}
      </div>
      {open && moving ? <MoveProtectionForm position={position} onDone={() => setMoving(false)} /> : null}
      {open && closing ? <CloseConfirmation position={position} show={closing} onHide={() => setClosing(false)} /> : null}
    </div>
  );
}

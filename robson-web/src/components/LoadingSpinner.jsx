import Spinner from 'react-bootstrap/Spinner';

/** A Bootstrap spinner that says what is loading, to screen readers too. */
export function LoadingSpinner({ label = 'Loading' }) {
  return (
    <div className="d-flex align-items-center gap-2 text-body-secondary py-3" role="status">
      <Spinner animation="border" size="sm" aria-hidden="true" />
      <span>{label}…</span>
    </div>
  );
}

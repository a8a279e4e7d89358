import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import { describeError } from '../lib/api-client.js';
import { ErrorBoundary } from './ErrorBoundary.jsx';
import { LoadingSpinner } from './LoadingSpinner.jsx';
import { PanelCard } from './PanelCard.jsx';
import { StaleIndicator } from './StaleIndicator.jsx';
import { useFailureToast } from './use-failure-toast.js';

/**
 * The frame every dashboard panel shares: a titled card with its badges and freshness, a
 * spinner until the first answer, an error with a retry when there is nothing to show, and an
 * error boundary around the panel's own rendering. `freshness` overrides the loadable's own
 * updatedAt/interval when the panel is kept fresh by another feed (the chart by price ticks).
 */
export function Widget({ title, name, loadable, badges = null, toolbar = null, freshness, children, className = '' }) {
  useFailureToast(loadable, title);
  const fresh = freshness ?? loadable;
  const state = widgetState(loadable);
  const header = (
    <>
      {badges}
      <StaleIndicator
        updatedAt={fresh.updatedAt}
        intervalMs={fresh.intervalMs}
        failing={loadable.failing}
        transport={fresh.transport ?? loadable.transport}
      />
    </>
  );
  return (
    <PanelCard title={title} name={name} header={header} className={className} state={state}>
      <Card.Body>
        {toolbar}
        {state === 'loading' ? <LoadingSpinner label={`Loading ${title.toLowerCase()}`} /> : null}
        {state === 'error' ? <WidgetError error={loadable.error} onRetry={() => loadable.refresh()} /> : null}
        {state === 'data' ? <ErrorBoundary name={title}>{children(loadable.data)}</ErrorBoundary> : null}
      </Card.Body>
    </PanelCard>
  );
}

function widgetState(loadable) {
  if (loadable.hasData) {
    return 'data';
  }
  return loadable.status === 'error' ? 'error' : 'loading';
}

function WidgetError({ error, onRetry }) {
  return (
    <Alert variant="danger" className="mb-0 d-flex flex-wrap align-items-center gap-2">
      <span className="me-auto">{describeError(error)}</span>
      <Button size="sm" variant="outline-danger" onClick={onRetry}>
        Retry
      </Button>
    </Alert>
  );
}

import Alert from 'react-bootstrap/Alert';
import { describeError } from '../../../lib/api-client.js';
import { isRefusal, refusalHeadline } from '../lib/refusals.js';

/** Why the server said no: a trading rule (its code named for a trader, then its own sentence) or a failure. */
export function Refusal({ error, retryHint = null, testId = 'plan-refusal' }) {
  if (!error) {
    return null;
  }
  const refused = isRefusal(error) || error.code === 'data_unavailable';
  return (
    <Alert variant={refused ? 'warning' : 'danger'} className="mb-0" role="alert" data-testid={testId} data-code={error.code}>
      <strong>{refused ? refusalHeadline(error.code) : 'The request failed'}</strong>
      {': '}
      {describeError(error)}
      {refused && error.code ? (
        <>
          {' '}
          <code>({error.code})</code>
        </>
      ) : null}
      {retryHint ? <div className="small mt-1">{retryHint}</div> : null}
    </Alert>
  );
}

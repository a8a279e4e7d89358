import Badge from 'react-bootstrap/Badge';
import { closeReasonOf } from '../lib/close-reasons.js';

/** Why an operation closed, as the badge every list of closed operations shows. */
export function CloseReasonBadge({ code }) {
  const reason = closeReasonOf(code);
  return <Badge bg={reason.bg}>{reason.text}</Badge>;
}

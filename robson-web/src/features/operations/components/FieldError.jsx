import Form from 'react-bootstrap/Form';

/** The server's message for one input, tied to it for screen readers by its id. */
export function FieldError({ id, message }) {
  if (!message) {
    return null;
  }
  return (
    <Form.Control.Feedback type="invalid" id={id} className="d-block" data-testid={`${id}`} role="alert">
      {message}
    </Form.Control.Feedback>
  );
}

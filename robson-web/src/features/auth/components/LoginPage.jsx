import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { ApiError, describeError } from '../../../lib/api-client.js';
import { useAuth } from '../auth-context.js';

function loginFailure(error) {
  if (error instanceof ApiError && error.code === 'invalid_credentials') {
    return 'Unknown username or wrong password.';
  }
  return describeError(error);
}

/** Username and password; on success the dashboard replaces this page. */
export function LoginPage() {
  const { signIn, notice } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await signIn(username.trim(), password);
    } catch (error) {
      setFailure(loginFailure(error));
      setBusy(false);
    }
  }

  return (
    <main className="login-page d-flex align-items-center justify-content-center p-3">
      <Card className="login-card shadow-sm">
        <Card.Body className="p-4">
          <h1 className="h4 mb-1">Robson</h1>
          <p className="text-body-secondary mb-4">Sign in to see where your positions stand.</p>
          {notice && !failure ? (
            <Alert variant={notice.tone} data-testid="login-notice">
              {notice.text}
            </Alert>
          ) : null}
          {failure ? (
            <Alert variant="danger" role="alert" data-testid="login-error">
              {failure}
            </Alert>
          ) : null}
          <Form onSubmit={submit} noValidate={false}>
            <Form.Group className="mb-3" controlId="login-username">
              <Form.Label>Username</Form.Label>
              <Form.Control
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
            </Form.Group>
            <Form.Group className="mb-4" controlId="login-password">
              <Form.Label>Password</Form.Label>
              <Form.Control
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </Form.Group>
            <Button type="submit" className="w-100" disabled={busy}>
              {busy ? <Spinner animation="border" size="sm" className="me-2" aria-hidden="true" /> : null}
              {busy ? 'Signing in…' : 'Sign in'}
            </Button>
          </Form>
        </Card.Body>
      </Card>
    </main>
  );
}

import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Container from 'react-bootstrap/Container';
import Navbar from 'react-bootstrap/Navbar';
import { NavLink } from 'react-router';
import { useAuth } from '../features/auth/auth-context.js';

/** The bar on every page: where the trader is, the pages, the badges a page adds, sign out. */
export function AppHeader({ badges = null, skipTo = 'main' }) {
  const { user, signOut } = useAuth();
  const [signingOut, setSigningOut] = useState(false);

  async function leave() {
    setSigningOut(true);
    await signOut();
  }

  return (
    <>
      <a className="visually-hidden-focusable position-absolute p-2 bg-body" href={`#${skipTo}`}>
        Skip to {skipTo === 'main' ? 'content' : skipTo}
      </a>
      <Navbar bg="dark" data-bs-theme="dark" className="mb-3" as="header">
        <Container fluid="xxl" className="gap-2 flex-wrap">
          <Navbar.Brand as="span" className="fw-semibold">Robson</Navbar.Brand>
          <nav aria-label="Pages" className="d-flex gap-1">
            <NavLink to="/" end className="nav-link px-2 text-light">
              Dashboard
            </NavLink>
            <NavLink to="/history" className="nav-link px-2 text-light">
              History
            </NavLink>
          </nav>
          <div className="d-flex gap-1 me-auto" data-testid="mode-badges">
            {badges}
          </div>
          {user ? (
            <Navbar.Text className="small d-none d-sm-inline" data-testid="signed-in-user">
              {user.username}
            </Navbar.Text>
          ) : null}
          <Button size="sm" variant="outline-light" onClick={leave} disabled={signingOut}>
            Sign out
          </Button>
        </Container>
      </Navbar>
    </>
  );
}

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { accountSummary, candleHistory, displayRules, ethShort, levelsAnswer, marketSymbols, portfolio, quote, riskStatus, strategies } from '../test/fixtures.js';
import { callsTo, problem, stubFetch, tokens } from '../test/http.js';

vi.mock('lightweight-charts', async () => (await import('../test/chart-mock.js')).fakeLightweightCharts());

const { App } = await import('./App.jsx');
const { AppProviders } = await import('./providers.jsx');

/** The demo server in miniature: who is signed in decides what the API answers. */
function demoServer({ restore = false, positionsFailure = null, refreshRefusal = 'invalid_refresh_token' } = {}) {
  const server = { user: restore ? 'demo' : null };
  server.fetch = stubFetch((path, init) => {
    if (path === '/api/auth/refresh') {
      if (refreshRefusal instanceof Error) {
        return refreshRefusal;
      }
      return server.user ? tokens(server.user) : problem(401, refreshRefusal);
    }
    if (path === '/api/auth/token') {
      const { username, password } = JSON.parse(init.body);
      if (password !== 'robson-demo') {
        return problem(401, 'invalid_credentials', 'Unknown username or wrong password.');
      }
      server.user = username;
      return tokens(username);
    }
    if (path === '/api/auth/logout') {
      server.user = null;
      return { status: 204 };
    }
    if (path.startsWith('/api/portfolio/positions')) {
      if (positionsFailure) {
        return positionsFailure(server);
      }
      return { status: 200, body: server.user === 'acme' ? portfolio([ethShort]) : portfolio() };
    }
    if (path === '/api/market/display-rules/') {
      return { status: 200, body: displayRules };
    }
    if (path.startsWith('/api/market/price/')) {
      return { status: 200, body: path.includes('ETHUSDC') ? quote('3100.00', { symbol: 'ETHUSDC' }) : quote() };
    }
    if (path.startsWith('/api/historical-data/')) {
      return { status: 200, body: candleHistory() };
    }
    if (path.startsWith('/api/account/summary')) {
      return { status: 200, body: accountSummary };
    }
    if (path.startsWith('/api/operations/')) {
      return { status: 200, body: { operations: [] } };
    }
    // Entry planning, on the dashboard too.
    if (path === '/api/strategies/') {
      return { status: 200, body: strategies };
    }
    if (path === '/api/market/symbols/') {
      return { status: 200, body: marketSymbols };
    }
    if (path === '/api/risk/status/') {
      return { status: 200, body: riskStatus() };
    }
    if (path.startsWith('/api/analysis/levels/')) {
      return { status: 200, body: levelsAnswer };
    }
    return undefined;
  });
  return server;
}

function renderApp() {
  return render(
    <AppProviders>
      <App />
    </AppProviders>,
  );
}

async function signIn(username, password = 'robson-demo') {
  await userEvent.type(await screen.findByLabelText('Username'), username);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('login and session', () => {
  it('signs in and shows the positions without another click', async () => {
    const server = demoServer();
    renderApp();

    await signIn('demo');

    const card = await screen.findByRole('article', { name: /BTC\/USDC Operation #1/ });
    expect(within(card).getByTestId('entry-price')).toHaveTextContent('$88,837.92');
    expect(await screen.findByTestId('account-balance')).toHaveTextContent('$1,029.45');
    expect(await screen.findByTestId('price-last')).toHaveTextContent('$89,245.50');
    expect(screen.getByTestId('signed-in-user')).toHaveTextContent('demo');
    const login = callsTo(server.fetch, '/api/auth/token')[0][1];
    expect(JSON.parse(login.body)).toEqual({ username: 'demo', password: 'robson-demo' });
    const positionsCall = callsTo(server.fetch, '/api/portfolio/positions/')[0][1];
    expect(positionsCall.headers.Authorization).toMatch(/^Bearer ey/);
  });

  it('says when the password is wrong and stays on the login page', async () => {
    demoServer();
    renderApp();

    await signIn('demo', 'guess');

    expect(await screen.findByTestId('login-error')).toHaveTextContent('Unknown username or wrong password.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('restores the session from the refresh cookie on load, with no login page', async () => {
    const server = demoServer({ restore: true });
    renderApp();

    expect(screen.getByRole('status')).toHaveTextContent('Restoring your session');
    expect(await screen.findByRole('article', { name: /Operation #1/ })).toBeInTheDocument();
    expect(callsTo(server.fetch, '/api/auth/refresh')).toHaveLength(1);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toHaveFocus();
  });

  it('says why on load when the session expired or was revoked, and nothing on a first visit', async () => {
    demoServer({ refreshRefusal: 'refresh_token_reused' });
    const first = renderApp();
    expect(await screen.findByTestId('login-notice')).toHaveTextContent('revoked because its refresh token was used twice');
    first.unmount();

    demoServer({ refreshRefusal: 'invalid_refresh_token' });
    renderApp();
    expect(await screen.findByLabelText('Username')).toBeInTheDocument();
    expect(screen.queryByTestId('login-notice')).not.toBeInTheDocument();
  });

  it('offers the login page when the server cannot be reached on load', async () => {
    demoServer({ refreshRefusal: new TypeError('Failed to fetch') });
    renderApp();
    expect(await screen.findByTestId('login-notice')).toHaveTextContent('Could not restore your session: The server cannot be reached.');
  });

  it('returns to the login page with the reason when the server revokes the session', async () => {
    demoServer({
      restore: true,
      positionsFailure: (server) => {
        server.user = null;
        return problem(401, 'invalid_token');
      },
    });
    renderApp();

    expect(await screen.findByTestId('login-notice')).toHaveTextContent('Your session is no longer valid. Please sign in again.');
  });

  it('signs out, forgets the figures, and shows another tenant only its own positions', async () => {
    const server = demoServer({ restore: true });
    renderApp();
    await screen.findByRole('article', { name: /Operation #1/ });

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByTestId('login-notice')).toHaveTextContent('You are signed out.');
    expect(callsTo(server.fetch, '/api/auth/logout')).toHaveLength(1);
    await signIn('acme');
    const card = await screen.findByRole('article', { name: /ETH\/USDC Operation #7/ });
    expect(card).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /BTC\/USDC/ })).not.toBeInTheDocument();
    expect(await screen.findByTestId('price-last')).toHaveTextContent('$3,100.00');
  });
});

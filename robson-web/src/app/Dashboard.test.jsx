import { act } from '@testing-library/react';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setAccessToken } from '../lib/api-client.js';
import { accountSummary, candleHistory, portfolio, quote } from '../test/fixtures.js';
import { callsTo, problem, stubFetch } from '../test/http.js';
import { renderSignedIn } from '../test/render.jsx';

vi.mock('lightweight-charts', async () => (await import('../test/chart-mock.js')).fakeLightweightCharts());
vi.mock('react-toastify/unstyled', () => ({ toast: { error: vi.fn() } }));

const { toast } = await import('react-toastify/unstyled');
const { Dashboard } = await import('./Dashboard.jsx');

function serve({ price = () => ({ status: 200, body: quote() }) } = {}) {
  return stubFetch((path) => {
    if (path.startsWith('/api/portfolio/positions/')) {
      return { status: 200, body: portfolio() };
    }
    if (path.startsWith('/api/market/price/')) {
      return price();
    }
    if (path.startsWith('/api/historical-data/')) {
      return { status: 200, body: candleHistory() };
    }
    if (path.startsWith('/api/account/summary/')) {
      return { status: 200, body: accountSummary };
    }
    return { status: 200, body: { operations: [] } };
  });
}

function renderDashboard() {
  setAccessToken('token');
  return renderSignedIn(<Dashboard />);
}

/** Moves the fake clock, then lets the answers that became due resolve and render. */
async function advance(ms) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
    // Reading a Response body takes a few turns of the (faked) event loop.
    for (let i = 0; i < 3; i += 1) {
      await vi.advanceTimersByTimeAsync(0);
    }
  });
}

describe('Dashboard polling', () => {
  it('reads positions every 5 s and the price every 1 s, and stops both on unmount', async () => {
    vi.useFakeTimers();
    const fetchMock = serve();
    const view = renderDashboard();
    await advance(0);
    await advance(0);
    expect(screen.getByRole('article', { name: /Operation #1/ })).toBeInTheDocument();
    const positions = () => callsTo(fetchMock, '/api/portfolio/positions/').length;
    const prices = () => callsTo(fetchMock, '/api/market/price/BTCUSDC/').length;
    const positionsAtStart = positions();
    const pricesAtStart = prices();

    await advance(5_000);
    expect(positions()).toBe(positionsAtStart + 1);
    expect(prices()).toBe(pricesAtStart + 5);

    await advance(5_000);
    expect(positions()).toBe(positionsAtStart + 2);
    expect(prices()).toBe(pricesAtStart + 10);
    expect(callsTo(fetchMock, '/api/account/summary/').length).toBeGreaterThanOrEqual(3);

    view.unmount();
    view.queryClient.clear();
    const callsAtUnmount = fetchMock.mock.calls.length;
    await advance(30_000);
    expect(fetchMock.mock.calls.length).toBe(callsAtUnmount);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('raises one toast for a streak of failed price reads, and slows down when told to', async () => {
    vi.useFakeTimers();
    let failing = true;
    const fetchMock = serve({
      price: () => (failing ? problem(503, 'market_unavailable', 'The market is unavailable.') : { status: 200, body: quote() }),
    });
    renderDashboard();
    await advance(0);
    await advance(0);

    await advance(5_000);
    expect(toast.error).toHaveBeenCalledTimes(1);
    expect(toast.error).toHaveBeenCalledWith('Price: The market is unavailable.', { toastId: 'failure:Price' });

    failing = false;
    await advance(1_500);
    expect(screen.getByTestId('price-last')).toHaveTextContent('$89,245.50');
    failing = true;
    await advance(3_000);
    expect(toast.error).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('price-last')).toHaveTextContent('$89,245.50');
    expect(callsTo(fetchMock, '/api/market/price/').length).toBeGreaterThan(5);
  });

  it('honours Retry-After when the price is rate limited', async () => {
    vi.useFakeTimers();
    const fetchMock = serve({ price: () => problem(429, 'rate_limited', 'Slow down.', { 'Retry-After': '4' }) });
    renderDashboard();
    await advance(0);
    await advance(0);
    const afterFirst = callsTo(fetchMock, '/api/market/price/').length;

    await advance(3_000);
    expect(callsTo(fetchMock, '/api/market/price/').length).toBe(afterFirst);
    await advance(1_500);
    expect(callsTo(fetchMock, '/api/market/price/').length).toBe(afterFirst + 1);
  });
});

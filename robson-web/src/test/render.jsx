import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AuthContext } from '../features/auth/index.js';
import { createQueryClient } from '../lib/query-client.js';

/** Renders inside what every page has around it: a query client and a router at `path`. */
export function renderWithQueries(ui, { queryClient = createQueryClient(), path = '/' } = {}) {
  const wrap = (node) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>{node}</MemoryRouter>
    </QueryClientProvider>
  );
  const view = render(wrap(ui));
  return { ...view, queryClient, rerender: (next) => view.rerender(wrap(next)) };
}

/** `renderWithQueries`, inside the session of the signed-in trader `demo`. */
export function renderSignedIn(ui, options) {
  return renderWithQueries(
    <AuthContext.Provider value={{ status: 'signed-in', user: { username: 'demo' }, signOut: vi.fn() }}>{ui}</AuthContext.Provider>,
    options,
  );
}

import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client.js';
import { applyDisplayRules, useDisplayRules } from './display-rules.js';
import { formatMoney } from './format.js';
import { setAccessToken } from './api-client.js';
import { callsTo, problem, stubFetch } from '../test/http.js';
import { displayRules } from '../test/fixtures.js';

function Amount({ text, quote }) {
  const rules = useDisplayRules();
  return rules.isPending ? <p>waiting</p> : <p>{formatMoney(text, quote)}</p>;
}

function renderAmount(text, quote) {
  const client = createQueryClient();
  render(
    <QueryClientProvider client={client}>
      <Amount text={text} quote={quote} />
      <Amount text="1.00" quote="USDC" />
    </QueryClientProvider>,
  );
}

describe('display rules published by the server', () => {
  it('shows 0.13 USD1 as $0.13 once the server names USD1 a dollar, fetching the rules once', async () => {
    applyDisplayRules(null);
    setAccessToken('token');
    const fetchMock = stubFetch((path) =>
      path === '/api/market/display-rules/' ? { status: 200, body: displayRules } : undefined,
    );

    renderAmount('0.13', 'USD1');

    expect(await screen.findByText('$0.13')).toBeInTheDocument();
    expect(screen.getByText('$1.00')).toBeInTheDocument();
    expect(callsTo(fetchMock, '/api/market/display-rules/')).toHaveLength(1);
  });

  it('keeps the asset code when the server names no dollar assets', async () => {
    applyDisplayRules(null);
    setAccessToken('token');
    stubFetch((path) =>
      path === '/api/market/display-rules/' ? { status: 200, body: { usd_quote_assets: [] } } : undefined,
    );

    renderAmount('0.13', 'USD1');

    expect(await screen.findByText('0.13 USD1')).toBeInTheDocument();
  });

  it('keeps the asset code against a server without the rules (404)', async () => {
    applyDisplayRules(displayRules);
    setAccessToken('token');
    stubFetch((path) => (path === '/api/market/display-rules/' ? problem(404, 'not_found') : undefined));

    renderAmount('0.13', 'USD1');

    expect(await screen.findByText('0.13 USD1')).toBeInTheDocument();
  });
});

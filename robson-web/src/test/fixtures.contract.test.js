import { describe, expect, it } from 'vitest';
import { accountSummary, candleHistory, closedOperation, displayRules, ethShort, portfolio, quote } from './fixtures';
import { problem } from './http';
import { violations } from './openapi-contract';

// The web's tests answer with these fixtures; each must be an answer the server's OpenAPI
// document allows, or the dashboard is tested against an API that does not exist.
describe('test fixtures against docs/openapi.json', () => {
  it.each([
    ['GET /api/portfolio/positions/', portfolio()],
    ['GET /api/portfolio/positions/', portfolio([ethShort])],
    ['GET /api/portfolio/positions/', portfolio([])],
    ['GET /api/market/price/{symbol}/', quote()],
    ['GET /api/account/summary/', accountSummary],
    ['GET /api/operations/', { operations: [closedOperation] }],
    ['GET /api/historical-data/', candleHistory(3)],
    ['GET /api/market/display-rules/', displayRules],
  ])('%s answers as documented', (operation, body) => {
    expect(violations(operation, body)).toEqual([]);
  });

  it('problems carry their code', () => {
    const { body } = problem(404, 'unknown_symbol');
    expect(violations('GET /api/market/price/{symbol}/', body, { status: 404, mediaType: 'application/problem+json' }))
      .toEqual([]);
  });

  it('reports what the document does not allow', () => {
    expect(violations('GET /api/market/price/{symbol}/', { ...quote(), bid: 89245, extra: true })).toEqual([
      '$.bid: integer where string is documented',
      "$: property 'extra' is not documented",
    ]);
  });
});

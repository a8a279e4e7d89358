import { describe, expect, it } from 'vitest';
import {
  entryPlan, levelsAnswer, marketSymbols, planActive, planAtrFallback, planCancelled, planFailed, riskPaused, riskStatus, strategies,
} from './fixtures';
import { problem } from './http';
import { openapi, violations } from './openapi-contract';

const PLANNING = [
  'GET /api/strategies/',
  'GET /api/analysis/levels/{symbol}/',
  'POST /api/operations/plan/',
  'POST /api/operations/{id}/confirm/',
  'POST /api/operations/{id}/cancel/',
  'GET /api/risk/status/',
  'GET /api/operations/plans/waiting/',
];

function documented(operation) {
  const [method, path] = operation.split(' ');
  return Boolean(openapi.paths[path]?.[method.toLowerCase()]);
}

// The planning fixtures wait while the server's document describes none of entry planning;
// once it describes any of it, every one of them must be an answer the document allows.
describe.skipIf(!PLANNING.some(documented))('entry-planning fixtures against docs/openapi.json', () => {
  it.each([
    ['GET /api/strategies/', strategies, 200],
    ['GET /api/analysis/levels/{symbol}/', levelsAnswer, 200],
    ['POST /api/operations/plan/', entryPlan(), 201],
    ['POST /api/operations/plan/', planAtrFallback, 201],
    ['POST /api/operations/{id}/confirm/', planActive, 200],
    ['POST /api/operations/{id}/confirm/', planFailed, 200],
    ['POST /api/operations/{id}/cancel/', planCancelled, 200],
    ['GET /api/risk/status/', riskStatus(), 200],
    ['GET /api/risk/status/', riskPaused, 200],
    ['GET /api/operations/plans/waiting/', { plans: [entryPlan()] }, 200],
    ['GET /api/operations/plans/waiting/', { plans: [] }, 200],
  ])('%s answers as documented', (operation, body, status) => {
    expect(violations(operation, body, { status })).toEqual([]);
  });

  it.each([
    ['POST /api/operations/plan/', 422, 'monthly_budget_exhausted'],
    ['POST /api/operations/{id}/confirm/', 422, 'price_drift'],
    ['POST /api/operations/{id}/confirm/', 409, 'illegal_transition'],
    ['GET /api/analysis/levels/{symbol}/', 503, 'data_unavailable'],
  ])('%s refuses with a %s problem', (operation, status, code) => {
    expect(violations(operation, problem(status, code).body, { status, mediaType: 'application/problem+json' })).toEqual([]);
  });
});

describe('the symbols the planning selects offer', () => {
  it('are GET /api/market/symbols/ as documented', () => {
    expect(violations('GET /api/market/symbols/', marketSymbols)).toEqual([]);
  });
});

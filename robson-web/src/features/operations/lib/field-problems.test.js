import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.js';
import { fieldProblems } from './field-problems.js';

const FIELDS = ['stop_loss', 'take_profit', 'quantity', 'symbol'];

describe('fieldProblems', () => {
  it('places per-field messages, a rule on the first field its detail names, and the rest above', () => {
    const perField = new ApiError({ status: 400, detail: 'invalid', fieldErrors: [{ field: 'quantity', message: 'must be greater than 0' }] });
    expect(fieldProblems(perField, FIELDS)).toEqual({ fields: { quantity: 'must be greater than 0' }, general: null });

    const rule = new ApiError({ status: 422, code: 'invalid_protection', detail: 'take_profit 1 must be above stop_loss 2' });
    expect(fieldProblems(rule, FIELDS).fields).toEqual({ take_profit: 'take_profit 1 must be above stop_loss 2' });

    const symbol = new ApiError({ status: 404, code: 'unknown_symbol', detail: 'Robson does not trade X.' });
    expect(fieldProblems(symbol, FIELDS).fields).toEqual({ symbol: 'Robson does not trade X.' });

    const other = new ApiError({ status: 500, code: 'internal_error', detail: 'Incident 7.' });
    expect(fieldProblems(other, FIELDS)).toEqual({ fields: {}, general: 'Incident 7.' });
    expect(fieldProblems(null, FIELDS)).toEqual({ fields: {}, general: null });
  });
});

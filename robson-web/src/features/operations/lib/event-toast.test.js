import { describe, expect, it } from 'vitest';
import { toastFor } from './event-toast.js';

describe('operation event toasts', () => {
  it('says stop hit, target hit and attention, and nothing for the steps between', () => {
    expect(
      toastFor({ id: 1, operation_id: 1, symbol: 'BTCUSDC', event: 'CLOSED', reason: 'STOP_LOSS', realized_pnl: '-0.59', realized_pnl_net: '-0.65' }),
    ).toEqual({ kind: 'warning', text: 'Stop hit: #1 BTCUSDC closed, realized -0.65' });
    expect(toastFor({ id: 2, operation_id: 3, symbol: 'ETHUSDC', event: 'CLOSED', reason: 'TAKE_PROFIT', realized_pnl: '12.00' })).toEqual({
      kind: 'success',
      text: 'Target hit: #3 ETHUSDC closed, realized 12.00',
    });
    expect(toastFor({ id: 3, operation_id: 3, symbol: 'ETHUSDC', event: 'NEEDS_ATTENTION', detail: 'check the exchange' })).toEqual({
      kind: 'error',
      text: '#3 ETHUSDC needs attention: check the exchange',
    });
    expect(toastFor({ id: 4, operation_id: 3, symbol: 'ETHUSDC', event: 'ORDER_SENT' })).toBeNull();
    expect(toastFor({ id: 5, operation_id: 3, symbol: 'ETHUSDC', event: 'CLOSED', reason: 'MANUAL' })).toBeNull();
  });
});

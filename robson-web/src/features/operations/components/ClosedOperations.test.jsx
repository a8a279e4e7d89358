import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.js';
import { closedOperation } from '../../../test/fixtures.js';
import { failed, loaded, loading } from '../../../test/loadables.js';
import { ClosedOperations } from './ClosedOperations.jsx';

describe('ClosedOperations', () => {
  it('is hidden while the server has no closed operation', () => {
    const { container } = render(<ClosedOperations operations={loaded({ operations: [] })} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows a spinner while loading and the error when reading fails', () => {
    const { rerender } = render(<ClosedOperations operations={loading()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading closed operations');
    rerender(<ClosedOperations operations={failed(new ApiError({ status: 500, detail: 'Incident 7.' }))} />);
    expect(screen.getByText('Incident 7.')).toBeInTheDocument();
  });

  it('lists closed operations, newest first, with reason and realized P&L', () => {
    const stopped = { ...closedOperation, operation_id: 4, close_reason: 'STOP_LOSS', realized_pnl: '-0.59', closed_at: '2025-12-23T08:00:00Z' };
    const manual = { ...closedOperation, operation_id: 5, close_reason: 'MANUAL', realized_pnl: undefined, closed_at: '2025-12-19T08:00:00Z' };
    render(<ClosedOperations operations={loaded({ operations: [closedOperation, stopped, manual] })} />);

    const rows = within(screen.getByTestId('closed-operations')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['4', '3', '5']);
    expect(rows[0]).toHaveTextContent('Stop hit');
    expect(rows[0]).toHaveTextContent('−$0.59');
    expect(rows[1]).toHaveTextContent('Target hit');
    expect(rows[1]).toHaveTextContent('+$1.00');
    expect(rows[1]).toHaveTextContent('0.00050 BTC');
    expect(rows[2]).toHaveTextContent('Closed by hand');
    expect(rows[2]).toHaveTextContent('—');
  });
});

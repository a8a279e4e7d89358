import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { position1 } from '../../../test/fixtures.js';
import { problem, stubFetch } from '../../../test/http.js';
import { renderWithQueries } from '../../../test/render.jsx';

vi.mock('react-toastify/unstyled', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));
const { toast } = await import('react-toastify/unstyled');
const { CloseConfirmation } = await import('./CloseConfirmation.jsx');

describe('CloseConfirmation', () => {
  it('shows the fill and P&L to expect before anything is sent', () => {
    const fetchMock = stubFetch(() => ({ status: 500 }));
    renderWithQueries(<CloseConfirmation position={position1} show onHide={vi.fn()} />);

    const dialog = screen.getByRole('dialog', { name: 'Close operation #1 now?' });
    expect(dialog).toHaveTextContent('A market order sells 0.00033 BTC of BTC/USDC.');
    expect(screen.getByTestId('expected-fill')).toHaveTextContent('$89,245.00');
    expect(screen.getByTestId('expected-pnl')).toHaveTextContent('+$0.13');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('closes on confirmation and says what was realized', async () => {
    const fetchMock = stubFetch(() => ({ status: 200, body: { operation_id: 1, status: 'CLOSED', realized_pnl: '0.13', quote_asset: 'USDC' } }));
    const hide = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<CloseConfirmation position={position1} show onHide={hide} />);

    await user.click(screen.getByRole('button', { name: 'Close now' }));

    await waitFor(() => expect(hide).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][0]).toBe('/api/operations/1/close/');
    expect(fetchMock.mock.calls[0][1].method).toBe('POST');
    expect(toast.success).toHaveBeenCalledWith('Operation #1 closed, realized +$0.13.');
  });

  it('shows the server refusal in the dialog and stays open', async () => {
    stubFetch(() => problem(409, 'illegal_transition', 'cannot begin closing operation 1 while CLOSED; it must be ACTIVE'));
    const hide = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<CloseConfirmation position={position1} show onHide={hide} />);

    await user.click(screen.getByRole('button', { name: 'Close now' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('cannot begin closing operation 1 while CLOSED');
    expect(hide).not.toHaveBeenCalled();
  });
});

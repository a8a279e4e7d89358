import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { position1 } from '../../../test/fixtures.js';
import { problem, stubFetch } from '../../../test/http.js';
import { renderWithQueries } from '../../../test/render.jsx';

vi.mock('react-toastify/unstyled', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));
const { toast } = await import('react-toastify/unstyled');
const { MoveProtectionForm } = await import('./MoveProtectionForm.jsx');

const REFUSED = 'stop_loss 90000.00 must be below the current bid 89245.00 for a LONG';

async function setStop(user, value) {
  const stop = screen.getByLabelText('New stop');
  await user.clear(stop);
  await user.type(stop, value);
}

describe('MoveProtectionForm', () => {
  it('shows the new distance and risk from the server before saving', async () => {
    const fetchMock = stubFetch(() => ({
      status: 200,
      body: { ...position1, stop_loss: '88500.00', distance_to_stop_percent: '-0.83', risk_at_stop: '-0.11' },
    }));
    const user = userEvent.setup();
    renderWithQueries(<MoveProtectionForm position={position1} />);

    await setStop(user, '88500.00');
    await user.click(screen.getByRole('button', { name: 'Check' }));

    const preview = await screen.findByTestId('move-preview');
    expect(preview).toHaveTextContent('$88,500.00 (−0.83%)');
    expect(screen.getByTestId('preview-risk')).toHaveTextContent('−$0.11');
    const [path, init] = fetchMock.mock.calls[0];
    expect(path).toBe('/api/operations/1/protection-preview/');
    // Only the bound that changed is sent: the target stays where it is.
    expect(JSON.parse(init.body)).toEqual({ stop_loss: '88500.00' });
  });

  it('shows a refused check under the stop field', async () => {
    stubFetch(() => problem(422, 'invalid_protection', REFUSED));
    const user = userEvent.setup();
    renderWithQueries(<MoveProtectionForm position={position1} />);

    await setStop(user, '90000.00');
    await user.click(screen.getByRole('button', { name: 'Check' }));

    await waitFor(() => expect(screen.getByLabelText('New stop')).toHaveAccessibleDescription(REFUSED));
    expect(screen.queryByTestId('move-preview')).not.toBeInTheDocument();
  });

  it('shows a refused save under the field it names and stays open', async () => {
    stubFetch(() => problem(422, 'invalid_protection', 'take_profit 89000.00 must be above the current bid 89245.00 for a LONG'));
    const done = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<MoveProtectionForm position={position1} onDone={done} />);

    const target = screen.getByLabelText('New target');
    await user.clear(target);
    await user.type(target, '89000.00');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(target).toHaveAttribute('aria-invalid', 'true'));
    expect(target).toHaveAccessibleDescription(/take_profit 89000.00 must be above/);
    expect(done).not.toHaveBeenCalled();
  });

  it('saves with a PATCH, says so and closes; nothing to send keeps the buttons off', async () => {
    const fetchMock = stubFetch(() => ({ status: 200, body: { operation_id: 1, stop_loss: '88500.00', take_profit: '92391.44', quote_asset: 'USDC' } }));
    const done = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<MoveProtectionForm position={position1} onDone={done} />);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await setStop(user, '88500.00');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(done).toHaveBeenCalled());
    expect(fetchMock.mock.calls[0][1].method).toBe('PATCH');
    expect(toast.success).toHaveBeenCalledWith('Operation #1: stop $88,500.00, target $92,391.44.');
  });
});

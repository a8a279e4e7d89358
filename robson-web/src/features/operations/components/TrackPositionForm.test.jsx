import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { problem, stubFetch } from '../../../test/http.js';
import { renderWithQueries } from '../../../test/render.jsx';

vi.mock('react-toastify/unstyled', () => ({ toast: { success: vi.fn(), error: vi.fn() } }));
const { toast } = await import('react-toastify/unstyled');
const { TrackPositionForm } = await import('./TrackPositionForm.jsx');

async function fillAndSubmit(user, { stop = '87061.16' } = {}) {
  await user.type(screen.getByLabelText('Quantity'), '0.00033');
  await user.type(screen.getByLabelText('Entry price'), '88837.92');
  await user.type(screen.getByLabelText('Stop'), stop);
  await user.type(screen.getByLabelText('Target'), '92391.44');
  await user.click(screen.getByRole('button', { name: 'Track position' }));
}

describe('TrackPositionForm', () => {
  it('shows a rule the server refused under the field it names, and marks that field invalid', async () => {
    stubFetch(() => problem(422, 'invalid_protection', 'stop_loss 90000.00 must be below the current bid 89245.00 for a LONG'));
    const user = userEvent.setup();
    renderWithQueries(<TrackPositionForm />);

    await fillAndSubmit(user, { stop: '90000.00' });

    const stop = screen.getByLabelText('Stop');
    await waitFor(() => expect(stop).toHaveAttribute('aria-invalid', 'true'));
    expect(stop).toHaveAccessibleDescription(/stop_loss 90000.00 must be below the current bid 89245.00/);
    expect(screen.getByLabelText('Target')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('track-error')).not.toBeInTheDocument();
  });

  it('places each per-field message of a 400 under its own input', async () => {
    stubFetch(() => ({
      status: 400,
      body: { code: 'invalid_request', detail: 'The request has invalid fields.', errors: [{ field: 'quantity', message: 'must be greater than 0' }] },
    }));
    const user = userEvent.setup();
    renderWithQueries(<TrackPositionForm />);

    await fillAndSubmit(user);

    await waitFor(() => expect(screen.getByLabelText('Quantity')).toHaveAccessibleDescription('must be greater than 0'));
  });

  it('puts an unknown symbol under the symbol, and a message naming no field above the buttons', async () => {
    let answer = problem(404, 'unknown_symbol', 'Robson does not trade DOGEUSDC.');
    stubFetch(() => answer);
    const user = userEvent.setup();
    renderWithQueries(<TrackPositionForm />);
    await user.clear(screen.getByLabelText('Symbol'));
    await user.type(screen.getByLabelText('Symbol'), 'dogeusdc');
    await fillAndSubmit(user);
    await waitFor(() => expect(screen.getByLabelText('Symbol')).toHaveAccessibleDescription('Robson does not trade DOGEUSDC.'));

    answer = problem(503, 'market_unavailable', 'The market is not answering; retry shortly.');
    await user.click(screen.getByRole('button', { name: 'Track position' }));
    expect(await screen.findByTestId('track-error')).toHaveTextContent('The market is not answering; retry shortly.');
  });

  it('sends what was typed, says what happened and empties itself', async () => {
    const fetchMock = stubFetch(() => ({ status: 201, body: { operation_id: 7, symbol: 'BTCUSDC', quote_asset: 'USDC', direction: 'LONG' } }));
    const done = vi.fn();
    const user = userEvent.setup();
    renderWithQueries(<TrackPositionForm onDone={done} />);

    await fillAndSubmit(user);

    await waitFor(() => expect(done).toHaveBeenCalled());
    const [path, init] = fetchMock.mock.calls[0];
    expect(path).toBe('/api/operations/');
    expect(JSON.parse(init.body)).toEqual({ symbol: 'BTCUSDC', side: 'LONG', quantity: '0.00033', entry_price: '88837.92', stop_loss: '87061.16', take_profit: '92391.44' });
    expect(toast.success).toHaveBeenCalledWith('Operation #7 is tracked: BTC/USDC LONG.');
    expect(screen.getByLabelText('Quantity')).toHaveValue('');
  });
});

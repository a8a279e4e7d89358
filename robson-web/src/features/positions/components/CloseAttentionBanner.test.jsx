import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { position1 } from '../../../test/fixtures.js';
import { problem, stubFetch } from '../../../test/http.js';
import { renderWithQueries } from '../../../test/render.jsx';
import { CloseAttentionBanner } from './CloseAttentionBanner.jsx';

const closing = {
  ...position1,
  status: 'CLOSING',
  attention: 'The exchange rejected the close order 3 times: -2010 Market is closed.',
};

describe('CloseAttentionBanner', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows nothing for an open position', () => {
    renderWithQueries(<CloseAttentionBanner position={position1} />);
    expect(screen.queryByTestId('close-attention')).not.toBeInTheDocument();
  });

  it('shows a closing position as a red alert with the reason', () => {
    renderWithQueries(<CloseAttentionBanner position={closing} />);
    const banner = screen.getByRole('alert');
    expect(banner).toHaveClass('alert-danger');
    expect(banner).toHaveTextContent('Closing has not finished');
    expect(banner).toHaveTextContent('-2010 Market is closed.');
  });

  it('retries the close through the API', async () => {
    const fetchMock = stubFetch(() => ({ body: { ...closing, status: 'CLOSED' } }));
    renderWithQueries(<CloseAttentionBanner position={closing} />);

    fireEvent.click(screen.getByRole('button', { name: 'Retry close' }));

    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [path, init] = fetchMock.mock.calls[0];
    expect(path).toBe('/api/operations/1/close/retry/');
    expect(init.method).toBe('POST');
  });

  it('resolves as closed outside with the typed decimal strings, and shows a refusal', async () => {
    const fetchMock = stubFetch(() => problem(409, 'not_closing', 'Operation 1 is CLOSED.'));
    renderWithQueries(<CloseAttentionBanner position={closing} />);

    fireEvent.click(screen.getByRole('button', { name: 'Closed outside Robson…' }));
    fireEvent.change(screen.getByLabelText('Quantity sold'), { target: { value: '0.00033' } });
    fireEvent.change(screen.getByLabelText('Average price'), { target: { value: '90000.00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the close' }));

    await waitFor(() => expect(screen.getByTestId('close-action-error')).toBeInTheDocument());
    const [path, init] = fetchMock.mock.calls[0];
    expect(path).toBe('/api/operations/1/resolve/');
    expect(JSON.parse(init.body)).toEqual({
      outcome: 'CLOSED_OUTSIDE',
      fills: [{ quantity: '0.00033', price: '90000.00' }],
    });
  });
});

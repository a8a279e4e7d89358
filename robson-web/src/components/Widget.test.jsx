import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, SessionEndedError } from '../lib/api-client.js';
import { failed, loaded, loading } from '../test/loadables.js';

vi.mock('react-toastify/unstyled', () => ({ toast: { error: vi.fn() } }));

const { toast } = await import('react-toastify/unstyled');
const { Widget } = await import('./Widget.jsx');

function Panel({ loadable }) {
  return (
    <Widget title="Price" name="price" loadable={loadable}>
      {(data) => <p>{data.text}</p>}
    </Widget>
  );
}

describe('Widget', () => {
  it('shows a spinner, then the data, then keeps the data when a refresh fails', () => {
    const { rerender } = render(<Panel loadable={loading()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading price');

    rerender(<Panel loadable={loaded({ text: '$89,245.50' })} />);
    expect(screen.getByText('$89,245.50')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Price' })).toHaveAttribute('data-state', 'data');

    rerender(<Panel loadable={loaded({ text: '$89,245.50' }, { failing: true, error: new ApiError({ status: 503, detail: 'Market unavailable.' }) })} />);
    expect(screen.getByText('$89,245.50')).toBeInTheDocument();
    expect(screen.getByTestId('stale-indicator')).toHaveTextContent('refresh failing');
  });

  it('offers a retry when there is nothing to show', async () => {
    const loadable = failed(new ApiError({ status: 503, detail: 'Market unavailable.' }));
    render(<Panel loadable={loadable} />);
    expect(screen.getByText('Market unavailable.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(loadable.refresh).toHaveBeenCalled();
  });

  it('raises one toast per failure streak, not one per poll', () => {
    const error = new ApiError({ status: 503, detail: 'Market unavailable.' });
    const { rerender } = render(<Panel loadable={failed(error)} />);
    rerender(<Panel loadable={failed(new ApiError({ status: 503, detail: 'Still unavailable.' }))} />);
    rerender(<Panel loadable={failed(error)} />);
    expect(toast.error).toHaveBeenCalledTimes(1);
    expect(toast.error).toHaveBeenCalledWith('Price: Market unavailable.', { toastId: 'failure:Price' });

    rerender(<Panel loadable={loaded({ text: 'back' })} />);
    rerender(<Panel loadable={loaded({ text: 'back' }, { failing: true, error })} />);
    expect(toast.error).toHaveBeenCalledTimes(2);
  });

  it('raises no toast when the session ended: the login page says so', () => {
    render(<Panel loadable={failed(new SessionEndedError({ code: 'refresh_token_expired' }))} />);
    expect(toast.error).not.toHaveBeenCalled();
  });
});

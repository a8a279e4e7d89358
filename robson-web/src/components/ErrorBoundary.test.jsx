import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

vi.mock('react-toastify/unstyled', () => ({ toast: { error: vi.fn() } }));

const { toast } = await import('react-toastify/unstyled');
const { ErrorBoundary } = await import('./ErrorBoundary.jsx');

let broken = true;
function Fragile() {
  if (broken) {
    throw new Error('candles are not an array');
  }
  return <p>chart drawn</p>;
}

describe('ErrorBoundary', () => {
  it('shows what failed instead of blanking the page, toasts it, and tries again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <ErrorBoundary name="Chart">
          <Fragile />
        </ErrorBoundary>
        <p>positions still here</p>
      </>,
    );

    expect(screen.getByTestId('error-boundary')).toHaveTextContent('Chart could not be shown: candles are not an array');
    expect(screen.getByText('positions still here')).toBeInTheDocument();
    expect(toast.error).toHaveBeenCalledWith('Chart: candles are not an array', { toastId: 'crash:Chart' });

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('chart drawn')).toBeInTheDocument();
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client.js';
import { accountSummary } from '../../../test/fixtures.js';
import { failed, loaded, loading } from '../../../test/loadables.js';
import { AccountPanel } from './AccountPanel.jsx';

describe('AccountPanel', () => {
  it('shows a spinner while loading', () => {
    render(<AccountPanel account={loading()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading account');
  });

  it('shows balance, positions value, available and exposure, with the PAPER badge', () => {
    render(<AccountPanel account={loaded(accountSummary)} />);
    expect(screen.getByTestId('account-balance')).toHaveTextContent('$1,029.45');
    expect(screen.getByTestId('account-positions-value')).toHaveTextContent('$29.45');
    expect(screen.getByTestId('account-available')).toHaveTextContent('$1,000.00');
    expect(screen.getByTestId('account-exposure')).toHaveTextContent('2.86%');
    expect(screen.getByTestId('account-exposure-bar')).toHaveStyle({ width: '2.86%' });
    expect(screen.getByTestId('badge-paper')).toBeInTheDocument();
  });

  it('keeps the exposure bar within 0 and 100 %', () => {
    const { rerender } = render(<AccountPanel account={loaded({ ...accountSummary, exposure_percent: '140.00' })} />);
    expect(screen.getByTestId('account-exposure-bar')).toHaveStyle({ width: '100%' });
    rerender(<AccountPanel account={loaded({ ...accountSummary, exposure_percent: '-1' })} />);
    expect(screen.getByTestId('account-exposure-bar')).toHaveStyle({ width: '0%' });
  });

  it('shows the error when the server has no account summary', () => {
    render(<AccountPanel account={failed(new ApiError({ status: 404, code: 'not_found', detail: 'No such resource.' }))} />);
    expect(screen.getByText('No such resource.')).toBeInTheDocument();
  });

  it('turns amber after two missed refreshes', () => {
    vi.useFakeTimers();
    render(<AccountPanel account={loaded(accountSummary, { updatedAt: Date.now() - 11_000, intervalMs: 5_000 })} />);
    expect(screen.getByTestId('stale-indicator')).toHaveAttribute('data-stale', 'true');
  });
});

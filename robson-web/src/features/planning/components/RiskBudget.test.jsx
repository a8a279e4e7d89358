import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.js';
import { riskPaused, riskStatus } from '../../../test/fixtures.js';
import { failed, loaded, loading } from '../../../test/loadables.js';
import { RiskBudget } from './RiskBudget.jsx';

describe('RiskBudget', () => {
  it('shows what is left of the month’s budget, the slots and the open risk', () => {
    render(<RiskBudget risk={loaded(riskStatus())} />);

    const budget = screen.getByRole('region', { name: 'Risk budget of the month' });
    expect(budget).toHaveAttribute('data-status', 'ACTIVE');
    expect(budget).toHaveTextContent('Risk budget 2026-01');
    expect(screen.getByTestId('budget-remaining')).toHaveTextContent('$30.85 of $41.12');
    expect(screen.getByTestId('budget-slots')).toHaveTextContent('3');
    expect(budget).toHaveTextContent('Open risk$10.27');
    expect(screen.queryByTestId('budget-paused')).not.toBeInTheDocument();
  });

  it('shows PAUSED and why once the month’s losses reached the limit', () => {
    render(<RiskBudget risk={loaded(riskPaused)} />);

    expect(screen.getByTestId('budget-paused')).toHaveTextContent('PAUSED');
    expect(screen.getByTestId('budget-paused-note')).toHaveTextContent('every plan is refused until next month');
    expect(screen.getByTestId('budget-remaining')).toHaveTextContent('$0.00 of $41.12');
    expect(screen.getByTestId('budget-slots')).toHaveTextContent('0');
  });

  it('says so while it loads or when it cannot be read', () => {
    const { rerender } = render(<RiskBudget risk={loading()} />);
    expect(screen.getByTestId('risk-budget')).toHaveTextContent('Reading the risk budget');
    rerender(<RiskBudget risk={failed(new ApiError({ status: 503, detail: 'The exchange is unavailable.' }))} />);
    expect(screen.getByTestId('risk-budget')).toHaveTextContent('Risk budget unavailable: The exchange is unavailable.');
  });
});

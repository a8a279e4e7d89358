import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StaleIndicator } from './StaleIndicator.jsx';

describe('StaleIndicator', () => {
  it('says how old the data is and turns amber past twice the interval', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-05T12:00:00Z'));
    render(<StaleIndicator updatedAt={Date.now()} intervalMs={1_000} />);
    const indicator = screen.getByTestId('stale-indicator');
    expect(indicator).toHaveTextContent('updated just now');
    expect(indicator).toHaveAttribute('data-stale', 'false');

    act(() => vi.advanceTimersByTime(2_000));
    expect(indicator).toHaveTextContent('updated 2 s ago');
    expect(indicator).toHaveAttribute('data-stale', 'false');

    act(() => vi.advanceTimersByTime(2_000));
    expect(indicator).toHaveTextContent('updated 4 s ago · stale');
    expect(indicator).toHaveAttribute('data-stale', 'true');
    expect(indicator).toHaveClass('stale-indicator--stale');
  });

  it('says when refreshing is failing and shows nothing before the first data', () => {
    const { container, rerender } = render(<StaleIndicator updatedAt={null} intervalMs={5_000} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<StaleIndicator updatedAt={Date.now()} intervalMs={5_000} failing />);
    expect(screen.getByTestId('stale-indicator')).toHaveTextContent('refresh failing');
  });

  it('shares one clock timer and stops it when the last indicator goes', () => {
    vi.useFakeTimers();
    const first = render(<StaleIndicator updatedAt={Date.now()} intervalMs={1_000} />);
    const second = render(<StaleIndicator updatedAt={Date.now()} intervalMs={5_000} />);
    expect(vi.getTimerCount()).toBe(1);
    first.unmount();
    expect(vi.getTimerCount()).toBe(1);
    second.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

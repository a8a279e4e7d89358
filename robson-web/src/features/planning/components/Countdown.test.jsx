import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Countdown } from './Countdown.jsx';

const NOW = new Date('2026-01-05T12:00:00Z');

async function tick(ms) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
}

describe('Countdown', () => {
  it('ticks every second on the page clock and reaches zero at expires_at', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    render(<Countdown expiresAt="2026-01-05T12:02:00Z" />);

    const timer = screen.getByRole('timer', { name: 'Time left to confirm' });
    expect(timer).toHaveTextContent('2:00');
    await tick(2_000);
    expect(timer).toHaveTextContent('1:58');
    await tick(118_000);
    expect(timer).toHaveTextContent('0:00');
    expect(screen.getByTestId('plan-countdown')).toHaveTextContent('Expired');
  });

  it('tells screen readers politely, in words that change at most every ten seconds', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    render(<Countdown expiresAt="2026-01-05T12:02:00Z" />);
    const live = screen.getByTestId('plan-countdown-announcement');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveAttribute('aria-atomic', 'true');

    const spoken = [live.textContent];
    for (let second = 1; second <= 120; second += 1) {
      await tick(1_000);
      if (live.textContent !== spoken.at(-1)) {
        spoken.push(live.textContent);
      }
    }

    // 2:00 down to 0:10 in steps of ten, then "expired": 13 sentences over 120 ticks.
    expect(spoken).toHaveLength(13);
    expect(spoken[0]).toBe('The plan expires in about 2 minutes.');
    expect(spoken[1]).toBe('The plan expires in about 1 minute 50 seconds.');
    expect(spoken.at(-1)).toBe('The plan has expired; nothing will be bought.');
    // The ticking figure itself is a timer, which assistive technology does not read out on change.
    expect(screen.getByRole('timer')).not.toHaveAttribute('aria-live');
  });
});

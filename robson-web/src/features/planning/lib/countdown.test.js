import { describe, expect, it } from 'vitest';
import { announcement, clockText, secondsLeft, spokenDuration } from './countdown.js';

const NOW = Date.parse('2026-01-05T12:00:00Z');

describe('the countdown to a plan’s expiry', () => {
  it('counts whole seconds up to expires_at and never below zero', () => {
    expect(secondsLeft('2026-01-05T12:02:00Z', NOW)).toBe(120);
    expect(secondsLeft('2026-01-05T12:01:58Z', NOW + 400)).toBe(118);
    expect(secondsLeft('2026-01-05T12:00:00Z', NOW)).toBe(0);
    expect(secondsLeft('2026-01-05T11:59:00Z', NOW)).toBe(0);
    expect(secondsLeft('not a time', NOW)).toBe(0);
  });

  it('reads as a clock for the eye and in words for the ear', () => {
    expect(clockText(118)).toBe('1:58');
    expect(clockText(7)).toBe('0:07');
    expect(spokenDuration(118)).toBe('1 minute 58 seconds');
    expect(spokenDuration(60)).toBe('1 minute');
    expect(spokenDuration(1)).toBe('1 second');
  });

  it('announces in ten-second steps, rounded up, and says when it expired', () => {
    expect(announcement(120)).toBe('The plan expires in about 2 minutes.');
    expect(announcement(118)).toBe('The plan expires in about 2 minutes.');
    expect(announcement(111)).toBe('The plan expires in about 2 minutes.');
    expect(announcement(110)).toBe('The plan expires in about 1 minute 50 seconds.');
    expect(announcement(3)).toBe('The plan expires in about 10 seconds.');
    expect(announcement(0)).toBe('The plan has expired; nothing will be bought.');
  });
});

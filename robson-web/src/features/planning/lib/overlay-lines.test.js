import { describe, expect, it } from 'vitest';
import { entryPlan, levelsAnswer, planActive } from '../../../test/fixtures.js';
import { overlayLines } from './overlay-lines.js';

const simple = (lines) => lines.map(({ kind, price, title }) => [kind, price, title]);

describe('the lines planning overlays on the chart', () => {
  it('draws every detected support grey and the chosen one apart, with the technical stop', () => {
    const lines = overlayLines({ symbol: 'BTCUSDC', levels: levelsAnswer, plan: null, quoteAsset: 'USDC' });
    expect(simple(lines)).toEqual([
      ['level', '89960.00', 'L1'],
      ['chosen', '88650.00', 'L2 support'],
      ['level', '87210.00', 'L3'],
      ['stop', '88650.00', 'Technical stop'],
    ]);
    expect(lines.every((line) => line.quoteAsset === 'USDC')).toBe(true);
  });

  it('adds the pending plan’s entry, stop and target, from the plan itself', () => {
    const plan = entryPlan({ stop_loss: '88649.99' });
    const lines = overlayLines({ symbol: 'BTCUSDC', levels: levelsAnswer, plan });
    expect(simple(lines).slice(-3)).toEqual([
      ['entry', '90000.00', 'Plan entry'],
      ['stop', '88649.99', 'Plan stop'],
      ['target', '92700.00', 'Plan target'],
    ]);
    expect(simple(lines).filter(([kind]) => kind === 'chosen')).toEqual([['chosen', '88650.00', 'L2 support']]);
  });

  it('matches the chosen level by value, whatever the digits', () => {
    const lines = overlayLines({ symbol: 'BTCUSDC', levels: { ...levelsAnswer, technical_level: '88650.0' } });
    expect(simple(lines).filter(([kind]) => kind === 'chosen')).toEqual([['chosen', '88650.00', 'L2 support']]);
  });

  it('leaves out another symbol’s levels and plan, and a plan no longer waiting', () => {
    expect(overlayLines({ symbol: 'ETHUSDC', levels: levelsAnswer, plan: entryPlan() })).toEqual([]);
    const afterFill = overlayLines({ symbol: 'BTCUSDC', levels: levelsAnswer, plan: planActive });
    expect(afterFill.map((line) => line.title)).not.toContain('Plan target');
    expect(afterFill.map((line) => line.title)).toContain('Technical stop');
  });

  it('draws nothing for an analysis without levels or stop, or an answer of another shape', () => {
    const refused = { ...levelsAnswer, levels: [], technical_level: undefined, stop_loss: undefined, refusal: 'no_valid_stop' };
    expect(overlayLines({ symbol: 'BTCUSDC', levels: refused })).toEqual([]);
    expect(overlayLines({ symbol: 'BTCUSDC', levels: { operations: [] } })).toEqual([]);
    expect(overlayLines({ symbol: 'BTCUSDC' })).toEqual([]);
  });
});

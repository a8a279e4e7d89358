import { useMemo, useState } from 'react';
import { useLevels } from '../api/get-levels.js';
import { useStrategies } from '../api/get-strategies.js';
import { useSymbols } from '../api/get-symbols.js';
import { useWaitingPlans } from '../api/get-waiting-plans.js';
import { overlayLines } from './overlay-lines.js';

/**
 * What planning shares with the rest of the dashboard: the strategy chosen (the first one
 * until the trader picks another), the plan on screen, and the lines the chart overlays for
 * `symbol` — its supports from GET /api/analysis/levels/ and the pending plan's entry, stop
 * and target. A plan still waiting for its confirmation when the page loads (a reload) is put
 * back on screen, once, with what is left of its countdown.
 */
export function usePlanning(symbol) {
  const strategies = useStrategies();
  const symbols = useSymbols();
  const [picked, setStrategyId] = useState(null);
  // undefined until the page shows or dismisses a plan of its own: until then, the newest plan
  // the server says is waiting (read once), so a reload restores its card.
  const [own, setPlan] = useState(undefined);
  const waiting = useWaitingPlans();
  const plan = own === undefined ? (waiting.data?.[0] ?? null) : own;
  const list = strategies.data ?? [];
  const strategyId = list.some((strategy) => strategy.id === picked) ? picked : (list[0]?.id ?? null);
  // Asked once the strategies are known, so the levels are read for the strategy shown.
  const levels = useLevels(symbol, strategyId, { enabled: strategies.isSuccess || strategies.isError });
  const quoteAsset = symbols.data?.find((candidate) => candidate.symbol === symbol)?.quote_asset;
  const overlay = useMemo(
    () => overlayLines({ symbol, levels: levels.data, plan, quoteAsset }),
    [symbol, levels.data, plan, quoteAsset],
  );
  return { strategies, symbols, strategyId, setStrategyId, plan, setPlan, levels, overlay };
}

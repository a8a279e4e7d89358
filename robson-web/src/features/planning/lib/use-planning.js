import { useMemo, useState } from 'react';
import { useLevels } from '../api/get-levels.js';
import { useStrategies } from '../api/get-strategies.js';
import { useSymbols } from '../api/get-symbols.js';
import { overlayLines } from './overlay-lines.js';

/**
 * What planning shares with the rest of the dashboard: the strategy chosen (the first one
 * until the trader picks another), the plan on screen, and the lines the chart overlays for
 * `symbol` — its supports from GET /api/analysis/levels/ and the pending plan's entry, stop
 * and target.
 */
export function usePlanning(symbol) {
  const strategies = useStrategies();
  const symbols = useSymbols();
  const [picked, setStrategyId] = useState(null);
  const [plan, setPlan] = useState(null);
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

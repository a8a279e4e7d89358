import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import Form from 'react-bootstrap/Form';
import { PanelCard } from '../../../components/PanelCard.jsx';
import { useCreatePlan } from '../api/create-plan.js';
import { useRiskStatus } from '../api/get-risk-status.js';
import { preselectSymbol } from '../lib/preselect-symbol.js';
import { PlanCard } from './PlanCard.jsx';
import { Refusal } from './Refusal.jsx';
import { RiskBudget } from './RiskBudget.jsx';

function strategyLabel(strategy) {
  return `${strategy.name} · ${strategy.timeframe} · support L${strategy.support_level} · ${strategy.risk_per_trade_percent}% risk`;
}

/**
 * Entry planning on the dashboard: the month's risk budget, always in view; a strategy and a
 * symbol; Activate Monitoring, which asks the server for a plan (nothing is bought); and the
 * plan's card with its countdown, Confirm and Cancel. `planning` is usePlanning's state, shared
 * with the chart's overlay; `symbol` is the dashboard's, which the symbol select changes.
 * Unless the trader `picked` it, a symbol the tenant already holds (`held`) is not offered first:
 * the form starts on a free one (preselectSymbol), and the chart follows the plan once made.
 */
export function PlanningPanel({ planning, symbol: shown, held = [], picked = false, onSymbolChange }) {
  const risk = useRiskStatus();
  const create = useCreatePlan();
  const { strategies, symbols, strategyId, setStrategyId, plan, setPlan } = planning;
  const strategyList = strategies.data ?? [];
  const symbolList = symbols.data ?? [];
  const symbol = preselectSymbol({ symbol: shown, picked, held, catalogue: symbolList, quoteAsset: risk.data?.quote_asset });
  const choices = symbol && !symbolList.some((candidate) => candidate.symbol === symbol) ? [{ symbol }, ...symbolList] : symbolList;
  const paused = risk.data?.status === 'PAUSED';
  const waiting = plan?.status === 'PLANNED';
  const canActivate = Boolean(strategyId && symbol) && !paused && !waiting && !create.isPending;

  function activate(event) {
    event.preventDefault();
    if (!canActivate) {
      return;
    }
    create.mutate(
      { strategyId, symbol },
      {
        onSuccess: (made) => {
          setPlan(made);
          if (made?.symbol && made.symbol !== shown) {
            onSymbolChange(made.symbol);
          }
        },
      },
    );
  }

  return (
    <PanelCard title="Plan an entry" name="planning">
      <Card.Body className="d-flex flex-column gap-3">
        <RiskBudget risk={risk} />
        <Form onSubmit={activate} aria-label="Plan an entry" data-testid="planning-form">
          <div className="row g-2 align-items-end">
            <Form.Group className="col-12 col-md-5" controlId="planning-strategy">
              <Form.Label className="small mb-1">Strategy</Form.Label>
              <Form.Select
                value={strategyId ?? ''}
                onChange={(event) => setStrategyId(Number(event.target.value))}
                disabled={strategyList.length === 0}
              >
                {strategyList.length === 0 ? <option value="">{strategies.isError ? 'Strategies unavailable' : 'Loading strategies…'}</option> : null}
                {strategyList.map((strategy) => (
                  <option key={strategy.id} value={strategy.id}>
                    {strategyLabel(strategy)}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
            <Form.Group className="col-12 col-sm-6 col-md-3" controlId="planning-symbol">
              <Form.Label className="small mb-1">Symbol</Form.Label>
              <Form.Select value={symbol ?? ''} onChange={(event) => onSymbolChange(event.target.value)} disabled={!symbol}>
                {choices.map((choice) => (
                  <option key={choice.symbol} value={choice.symbol}>
                    {choice.symbol}
                  </option>
                ))}
              </Form.Select>
            </Form.Group>
            <div className="col-12 col-sm-6 col-md-4 d-grid">
              <Button type="submit" variant="primary" disabled={!canActivate} data-testid="activate-monitoring">
                {create.isPending ? 'Planning…' : 'Activate Monitoring'}
              </Button>
            </div>
          </div>
          {paused ? (
            <p className="small text-danger mb-0 mt-2">No plan this month: the risk budget is paused.</p>
          ) : waiting ? (
            <p className="small text-body-secondary mb-0 mt-2">Confirm or cancel the plan below before planning another.</p>
          ) : null}
        </Form>
        <Refusal error={create.error} testId="planning-refusal" />
        {plan ? (
          <PlanCard
            key={plan.operation_id}
            plan={plan}
            onPlanChange={setPlan}
            onDismiss={() => {
              setPlan(null);
              create.reset();
            }}
          />
        ) : null}
      </Card.Body>
    </PanelCard>
  );
}

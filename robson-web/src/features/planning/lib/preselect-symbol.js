/**
 * The symbol the planning form offers first. A symbol the trader picked stays picked, held or
 * not (the server answers duplicate_position for it). Otherwise the dashboard's symbol when the
 * tenant holds no open operation on it, else the first symbol of the catalogue, in its order,
 * that it holds none on and that is quoted in the budget's quote asset (a plan in another is
 * refused): so a first plan on a demo account that already holds BTCUSDC starts on ETHUSDC.
 * With every symbol held, the dashboard's symbol.
 */
export function preselectSymbol({ symbol, picked = false, held = [], catalogue = [], quoteAsset = null }) {
  if (picked || !symbol || !held.includes(symbol)) {
    return symbol;
  }
  const free = catalogue.find(
    (candidate) => !held.includes(candidate.symbol) && (!quoteAsset || !candidate.quote_asset || candidate.quote_asset === quoteAsset),
  );
  return free?.symbol ?? symbol;
}

/**
 * The planning feature's query keys, and the prefixes of other views a plan changes (read by
 * prefix, so no other feature's files are imported for them).
 */
export const strategiesQueryKey = ['planning', 'strategies'];
export const symbolsQueryKey = ['market', 'symbols'];
export const levelsQueryKey = (symbol, strategyId) => ['planning', 'levels', symbol, strategyId ?? 'default'];
export const riskStatusQueryKey = ['risk', 'status'];
export const waitingPlansQueryKey = ['planning', 'waiting'];

/** Positions, operations and the account: what a confirmed entry changes. */
export const ENTRY_AFFECTS = [['portfolio'], ['operations'], ['account']];

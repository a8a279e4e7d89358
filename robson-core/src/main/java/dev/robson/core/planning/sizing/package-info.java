/**
 * Position sizing for a LONG plan: {@link dev.robson.core.planning.sizing.PositionSizer} turns the
 * entry reference, the technical stop, the capital and the costs into a quantity whose stop-out
 * costs at most the risk allowance, or into a refusal with a stable code.
 * {@link dev.robson.core.planning.sizing.TargetPrice} places the take-profit.
 */
package dev.robson.core.planning.sizing;

/**
 * Entry planning: the trader picks a {@link dev.robson.core.planning.Strategy} and a symbol,
 * {@link dev.robson.core.planning.EntryPlanner} reads the chart ({@code planning.stop}), sizes the
 * position under the stop ({@code planning.sizing}) and checks the month's budget
 * ({@code planning.budget}), answering a {@link dev.robson.core.planning.PlanProposal} or a
 * {@link dev.robson.core.planning.PlanRefusal} with the refusing rule's code. Everything here is
 * a pure function of its inputs, {@code now} included, so a plan can be re-run at confirmation
 * and explained afterwards.
 *
 * <p>Why the plan is an aggregate of its own, {@link dev.robson.core.planning.EntryPlan}, beside
 * {@link dev.robson.core.operation.Operation} and not new states of it: an operation is a
 * position that exists (its quantities and prices come from filled orders, and its invariants
 * assume a stop and a target around a held quantity), while a plan is a proposal that mostly
 * never becomes one (it expires, is cancelled, is rejected, or buys nothing). Folding PLANNED,
 * ENTERING, EXPIRED, CANCELLED, REJECTED and FAILED into {@code OperationStatus} would weaken
 * every operation invariant with "unless it is not bought yet", and every existing switch and
 * query over operation states would have to learn to skip them. So the plan keeps its own
 * lifecycle and, when the entry fills, hands over an ACTIVE {@code Operation} under the same id;
 * CLOSING and CLOSED stay the operation's.
 *
 * <p>{@link dev.robson.core.planning.SwingCandles} makes deterministic chart-like candles for
 * tests and the demo market.
 */
package dev.robson.core.planning;

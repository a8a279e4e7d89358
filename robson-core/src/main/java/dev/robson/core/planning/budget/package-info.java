/**
 * The month's risk budget: a percentage of the capital snapshotted on the month's first plan,
 * consumed by realized net losses and reserved by the planned risk of what is still open.
 * {@link dev.robson.core.planning.budget.RiskBudget} answers the status and the refusals
 * ({@code side_not_supported}, {@code month_paused}, {@code duplicate_position},
 * {@code monthly_budget_exhausted}); {@link dev.robson.core.planning.budget.RiskMonth} rolls the
 * month over from an instant the caller passes in.
 */
package dev.robson.core.planning.budget;

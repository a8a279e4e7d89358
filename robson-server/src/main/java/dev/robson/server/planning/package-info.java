/**
 * Entry planning, the server side of {@code dev.robson.core.planning}: strategies per tenant,
 * the chart's levels, the month's risk budget, and plans from preview to a guarded operation.
 *
 * <p>A plan is an operation row from its preview on (status PLANNED, with the tenant's next
 * operation number), beside a plan row holding every figure of the preview. Confirming re-runs
 * the guards and sends one LIMIT IOC BUY through the executor port ({@code closing.OrderExecutor}),
 * on the close path's discipline: written down, sent outside any transaction, recorded, looked
 * up by client order id when the answer is lost, never sent twice. When it buys, the operation
 * row turns ACTIVE with the entry order, and from there the stop monitor guards it like any
 * other; plan states never show as positions nor count in totals.
 *
 * <p>Everything here reads the market and the account before its transaction, and decides
 * under the tenant's row lock, the one the operation cap uses, so two plans (or a plan and a
 * confirmation) at once see each other's risk.
 */
package dev.robson.server.planning;

package dev.robson.core.planning.sizing;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How much to buy and what a stop-out would cost, every amount exact (no rounding but the
 * exchange's grids and the percentage's four decimals).
 *
 * @param entryMax           E_max: the LIMIT IOC price, the most a unit may cost
 * @param stopFill           F: where the stop is assumed to fill
 * @param lossPerUnit        L: the worst loss per unit, both fees included
 * @param riskAllowance      R: capital base × risk per trade
 * @param quantity           q: what the entry buys
 * @param sellableQuantity   q_sell: what the stop can sell once the fee is taken
 * @param notional           q × E_max
 * @param plannedRisk        q × L, never above R
 * @param plannedRiskPercent q × L of the capital base, in percent, to four decimals
 */
public record PositionSize(
        Price entryMax,
        BigDecimal stopFill,
        BigDecimal lossPerUnit,
        BigDecimal riskAllowance,
        Quantity quantity,
        Quantity sellableQuantity,
        BigDecimal notional,
        BigDecimal plannedRisk,
        BigDecimal plannedRiskPercent,
        List<SizingWarning> warnings)
        implements SizingOutcome {

    public PositionSize {
        Objects.requireNonNull(entryMax, "entryMax");
        Objects.requireNonNull(stopFill, "stopFill");
        Objects.requireNonNull(lossPerUnit, "lossPerUnit");
        Objects.requireNonNull(riskAllowance, "riskAllowance");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(sellableQuantity, "sellableQuantity");
        Objects.requireNonNull(notional, "notional");
        Objects.requireNonNull(plannedRisk, "plannedRisk");
        Objects.requireNonNull(plannedRiskPercent, "plannedRiskPercent");
        warnings = List.copyOf(warnings);
    }
}

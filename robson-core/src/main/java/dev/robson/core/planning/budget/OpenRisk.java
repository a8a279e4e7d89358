package dev.robson.core.planning.budget;

import dev.robson.core.operation.Side;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A position, or a plan on its way to one, whose planned risk the month still owes: its stop
 * has not been hit, so the whole of it can still be lost.
 *
 * @param symbol       the pair's name, e.g. BTCUSDC
 * @param plannedRisk  q × L as planned; zero for a position tracked without a plan
 */
public record OpenRisk(String symbol, Side side, BigDecimal plannedRisk) {

    public OpenRisk {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(plannedRisk, "plannedRisk");
        if (plannedRisk.signum() < 0) {
            throw new IllegalArgumentException("planned risk must not be negative, got " + plannedRisk.toPlainString());
        }
    }
}

package dev.robson.server.planning;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The figures of a plan beyond the terms the trader confirms: how the stop was found and what
 * the size rests on, stored so the plan can be explained afterwards.
 *
 * @param notional            q × E_max
 * @param plannedRiskPercent  q × L of the capital base, in percent
 * @param stopDistancePercent (E − X) / E, in percent
 * @param capitalBase         the month's capital base the size was drawn from
 * @param feeInBase           whether the entry's fee is taken from the coins bought
 */
record PlanFigures(
        BigDecimal notional,
        BigDecimal plannedRiskPercent,
        BigDecimal stopDistancePercent,
        BigDecimal capitalBase,
        String quoteAsset,
        String method,
        String confidence,
        BigDecimal atr,
        Instant candlesFrom,
        Instant candlesTo,
        boolean feeInBase) {}

package dev.robson.core.planning.stop;

/** How much the chart backs the stop: the wanted support, a deeper one, or only volatility. */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW
}

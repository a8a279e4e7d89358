package dev.robson.core.planning.stop;

import dev.robson.core.market.Price;
import java.time.Instant;

/** A local low of the chart; {@code time} is the open time of the (later) candle that made it. */
record SwingLow(Price price, Instant time) {}

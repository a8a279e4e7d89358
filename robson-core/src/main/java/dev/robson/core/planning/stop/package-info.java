/**
 * The technical stop of a LONG plan: read the last closed candles, find swing lows below the
 * entry reference, cluster them into supports, and place the stop under the N-th support (or,
 * when none qualifies, 1.5 ATR below the entry). {@link dev.robson.core.planning.stop.StopFinder}
 * is the entry point; its {@link dev.robson.core.planning.stop.StopOutcome} is a stop or a
 * refusal with a stable code ({@code data_unavailable}, {@code no_valid_stop}), never a guess.
 */
package dev.robson.core.planning.stop;

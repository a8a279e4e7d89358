package dev.robson.core.planning.stop;

/**
 * What the stop finder answers: a stop, or a refusal with a stable code. There is no third
 * answer, in particular no guessed stop when the chart cannot be read.
 */
public sealed interface StopOutcome permits TechnicalStop, NoValidStop, DataUnavailable {}

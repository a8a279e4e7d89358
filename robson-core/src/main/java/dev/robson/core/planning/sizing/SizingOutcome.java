package dev.robson.core.planning.sizing;

/** A position size, or the reason no order of an allowed size exists. */
public sealed interface SizingOutcome permits PositionSize, SizingRefusal {}

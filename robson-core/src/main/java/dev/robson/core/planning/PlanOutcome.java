package dev.robson.core.planning;

/** A plan to show the trader, or why there is none. */
public sealed interface PlanOutcome permits PlanProposal, PlanRefusal {}

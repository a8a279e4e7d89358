package dev.robson.server.planning;

/** The plan flow on the embedded database. */
@PlanningTest
class PlanFlowTest extends PlanFlowContract {}

package dev.robson.server.paper;

import dev.robson.server.planning.PlanningTest;

/** Paper reports across a restart on the embedded database. */
@PlanningTest
class PaperReportsAfterRestartTest extends PaperReportsAfterRestartContract {}

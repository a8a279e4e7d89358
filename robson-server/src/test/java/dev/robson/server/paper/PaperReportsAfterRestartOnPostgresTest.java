package dev.robson.server.paper;

import dev.robson.server.planning.PlanningTest;
import dev.robson.server.support.OnPostgres;

/** Paper reports across a restart on PostgreSQL: its migration, its identity column, its SQL. */
@PlanningTest
@OnPostgres
class PaperReportsAfterRestartOnPostgresTest extends PaperReportsAfterRestartContract {}

package dev.robson.server.planning;

import dev.robson.server.support.OnPostgres;

/** The plan flow on the real PostgreSQL production uses: its migration, its row lock, its SQL. */
@PlanningTest
@OnPostgres
class PlanFlowOnPostgresTest extends PlanFlowContract {}

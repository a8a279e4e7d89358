package dev.robson.server.performance;

import dev.robson.server.support.ApiTest;
import dev.robson.server.support.OnPostgres;

@ApiTest
@OnPostgres
class PerformanceOnPostgresTest extends PerformanceApiContract {}

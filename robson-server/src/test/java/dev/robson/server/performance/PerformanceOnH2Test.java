package dev.robson.server.performance;

import dev.robson.server.support.ApiTest;

@ApiTest
class PerformanceOnH2Test extends PerformanceApiContract {}

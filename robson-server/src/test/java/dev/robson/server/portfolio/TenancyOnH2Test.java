package dev.robson.server.portfolio;

import dev.robson.server.support.ApiTest;

/** Tenancy on the embedded database the demo uses. */
@ApiTest
class TenancyOnH2Test extends TenancyContract {}

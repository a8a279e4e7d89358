package dev.robson.server.portfolio;

import dev.robson.server.support.ApiTest;
import dev.robson.server.support.OnPostgres;

/** Tenancy on the real PostgreSQL production uses. */
@ApiTest
@OnPostgres
class TenancyOnPostgresTest extends TenancyContract {}

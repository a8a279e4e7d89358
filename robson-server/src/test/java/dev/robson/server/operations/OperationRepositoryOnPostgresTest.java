package dev.robson.server.operations;

import dev.robson.server.support.ApiTest;
import dev.robson.server.support.OnPostgres;

@ApiTest
@OnPostgres
class OperationRepositoryOnPostgresTest extends OperationRepositoryContract {}

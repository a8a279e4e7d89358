package dev.robson.server.operations;

import dev.robson.server.support.ApiTest;

@ApiTest
class OperationRepositoryOnH2Test extends OperationRepositoryContract {}

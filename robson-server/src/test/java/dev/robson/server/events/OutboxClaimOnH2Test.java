package dev.robson.server.events;

import dev.robson.server.support.ApiTest;

/** Outbox claims on the embedded H2. */
@ApiTest
class OutboxClaimOnH2Test extends OutboxClaimContract {}

package dev.robson.server.events;

import dev.robson.server.support.ApiTest;
import dev.robson.server.support.OnPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Outbox claims on the real PostgreSQL production uses. A small pool, closed after the class:
 * the suite's other PostgreSQL contexts stay cached and the server's connection slots are shared.
 */
@ApiTest
@DirtiesContext
@OnPostgres
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=5")
class OutboxClaimOnPostgresTest extends OutboxClaimContract {}

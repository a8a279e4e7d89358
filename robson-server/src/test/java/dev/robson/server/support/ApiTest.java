package dev.robson.server.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole server on a random port, over real HTTP, with prices the test controls. The
 * database is an in-memory H2 unless the class also points DATABASE_URL elsewhere.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:robson-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "robson.market=simulated",
            "robson.auth.secret=" + TestTokens.SECRET,
            "robson.auth.password-hash-strength=4",
            // Every test request comes from 127.0.0.1; the per-address limit is tested on its own.
            "robson.auth.login-failures-per-address=1000",
            // Likewise the per-address connection bound (SlowClientTest tests it).
            "robson.transport.connections-per-address=100000",
            // Every read reaches FixedQuotes, so a test sees the price it just set.
            "robson.market-data.quote-ttl=0s",
            // Tests drive the stop monitor themselves, tick by tick.
            "robson.monitor.enabled=false"
        })
@Import(TestMarketConfig.class)
public @interface ApiTest {}

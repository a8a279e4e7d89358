package dev.robson.server.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole server on a random port against a fake Binance (the class points
 * {@code robson.binance.base-url} at it), with the production 1-second quote cache.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:robson-exchange;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "robson.market=binance",
            "robson.auth.secret=" + TestTokens.SECRET,
            "robson.auth.password-hash-strength=4",
            "robson.auth.login-failures-per-address=1000",
            // Likewise the per-address connection bound (SlowClientTest tests it).
            "robson.transport.connections-per-address=100000",
            "robson.monitor.enabled=false",
            "robson.binance.request-timeout=1s"
        })
public @interface ExchangeTest {}

package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.RobsonApplication;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.MutableClock;
import dev.robson.server.support.RedisServers;
import dev.robson.server.support.TestTokens;
import io.lettuce.core.RedisClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two server replicas on one Redis and one database, polled hard: the exchange sees one quote
 * request per symbol per quote lifetime, not one per replica. Then Redis goes away mid-load: no
 * request fails, each replica falls back to its own cache.
 */
class SharedCacheReplicasTest {

    private static final String BOOK = "/api/v3/ticker/bookTicker";
    /** Long, so nothing expires in Redis while a round runs, however slow the machine. */
    private static final Duration QUOTE_TTL = Duration.ofSeconds(30);

    private static final MutableClock SHARED_CLOCK = new MutableClock(Instant.now());

    /** Both replicas read {@link #SHARED_CLOCK}: a quote expires for both when the test says. */
    @Configuration(proxyBeanMethods = false)
    static class SharedClockConfig {
        @Bean
        @Primary
        Clock sharedClock() {
            return SHARED_CLOCK;
        }
    }

    /**
     * Rounds of concurrent requests over both replicas, each round one quote lifetime later on
     * the shared clock and with Redis emptied as that much real time would have left it. Sharing,
     * the exchange is asked once per round; replicas that did not share would ask once each.
     */
    @Test
    @Timeout(120)
    void whenTwoReplicasShareRedisThenTheExchangeIsAskedOncePerQuoteLifetime() throws Exception {
        int rounds = 4;
        try (FakeBinance binance = FakeBinance.start();
                var redis = RedisServers.Private.start();
                var redisClient = RedisClient.create(redis.url());
                var forgetting = redisClient.connect();
                var a = replica(binance, redis.url(), "shared-" + UUID.randomUUID(), SHARED_CLOCK_SETTINGS);
                var b = replica(binance, redis.url(), null, SHARED_CLOCK_SETTINGS)) {
            // One database for both replicas: b joins a's.
            String token = new ApiClient(port(a)).login("demo", "robson-demo");
            binance.resetCounts();

            for (int round = 0; round < rounds; round++) {
                SHARED_CLOCK.advance(QUOTE_TTL.plusSeconds(1));
                forgetting.sync().flushall();
                Load load = requests(List.of(port(a), port(b)), token, "ETHUSDC", 64);
                assertThat(load.failures()).isZero();
                assertThat(load.successes()).isEqualTo(64);
            }

            assertThat(binance.calls(BOOK)).isEqualTo(rounds);
        }
    }

    @Test
    void whenRedisStopsUnderLoadThenNoRequestFails() throws Exception {
        try (FakeBinance binance = FakeBinance.start();
                var redis = RedisServers.Private.start()) {
            try (var a = replica(binance, redis.url(), "redis-down-" + UUID.randomUUID())) {
                String token = new ApiClient(port(a)).login("demo", "robson-demo");
                assertThat(hammer(List.of(port(a)), token, "BTCUSDC", 1_000).failures())
                        .isZero();

                redis.close();

                Load afterStop = hammer(List.of(port(a)), token, "BTCUSDC", 2_500);
                assertThat(afterStop.failures()).isZero();
                assertThat(afterStop.successes()).isGreaterThan(50);
            }
        }
    }

    private record Load(int successes, int failures) {}

    /** {@code count} price requests from 16 clients at once, spread over the replicas. */
    private static Load requests(List<Integer> ports, String token, String symbol, int count) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        return load(ports, token, symbol, () -> left.getAndDecrement() > 0);
    }

    /** Polls the price from 16 clients spread over the replicas for {@code millis}. */
    private static Load hammer(List<Integer> ports, String token, String symbol, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        return load(ports, token, symbol, () -> System.currentTimeMillis() < deadline);
    }

    /** 16 clients at once, spread over the replicas, each asking the price again while {@code more} says so. */
    private static Load load(List<Integer> ports, String token, String symbol, BooleanSupplier more) throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ApiClient client = new ApiClient(ports.get(i % ports.size()));
                clients.add(pool.submit(() -> {
                    while (more.getAsBoolean()) {
                        int status = client.get("/api/market/price/" + symbol + "/", token)
                                .status();
                        (status == 200 ? ok : failed).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        }
        return new Load(ok.get(), failed.get());
    }

    private static String databaseName;

    /** A full server; the first of a pair names the shared in-memory database, the second joins it. */
    private static ConfigurableApplicationContext replica(FakeBinance binance, String redisUrl, String newDatabase) {
        return replica(binance, redisUrl, newDatabase, List.of());
    }

    private static final List<String> SHARED_CLOCK_SETTINGS =
            List.of("--robson.market-data.quote-ttl=" + QUOTE_TTL.toSeconds() + "s");

    private static ConfigurableApplicationContext replica(
            FakeBinance binance, String redisUrl, String newDatabase, List<String> extra) {
        if (newDatabase != null) {
            databaseName = newDatabase;
        }
        SpringApplication application = extra.isEmpty()
                ? new SpringApplication(RobsonApplication.class)
                : new SpringApplication(RobsonApplication.class, SharedClockConfig.class);
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:mem:" + databaseName
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "--robson.data-dir=target/replicas-" + databaseName,
                "--robson.market=binance",
                "--robson.binance.base-url=" + binance.baseUrl(),
                "--robson.market-data.redis-url=" + redisUrl,
                "--robson.market-data.price-per-second=100000",
                "--robson.market-data.price-burst=100000",
                "--robson.auth.secret=" + TestTokens.SECRET,
                "--robson.auth.password-hash-strength=4",
                "--robson.monitor.enabled=false",
                "--logging.level.root=WARN"));
        arguments.addAll(extra);
        return application.run(arguments.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.RobsonApplication;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.RedisServers;
import dev.robson.server.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server replicas on one Redis and one database, polled hard: the exchange still sees
 * about one quote request per symbol per second. Then Redis goes away mid-load: no request
 * fails, each replica falls back to its own cache.
 */
class SharedCacheReplicasTest {

    private static final String BOOK = "/api/v3/ticker/bookTicker";

    @Test
    void whenTwoReplicasShareRedisThenTheExchangeSeesAboutOneQuoteRequestPerSecond() throws Exception {
        try (FakeBinance binance = FakeBinance.start();
                var a = replica(binance, RedisServers.SHARED_URL, "shared-" + UUID.randomUUID());
                var b = replica(binance, RedisServers.SHARED_URL, null)) {
            // One database for both replicas: b joins a's.
            String token = new ApiClient(port(a)).login("demo", "robson-demo");
            binance.resetCounts();

            long started = System.nanoTime();
            Load load = hammer(List.of(port(a), port(b)), token, "ETHUSDC", 4_000);
            double seconds = (System.nanoTime() - started) / 1e9;

            int upstream = binance.calls(BOOK);
            assertThat(load.failures()).isZero();
            assertThat(load.successes()).isGreaterThan(100);
            // About one per second, plus the one that starts each window.
            assertThat(upstream).isLessThanOrEqualTo((int) Math.ceil(seconds) + 2);
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

    /** Polls the price from 16 clients spread over the replicas for {@code millis}. */
    private static Load hammer(List<Integer> ports, String token, String symbol, long millis) throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long deadline = System.currentTimeMillis() + millis;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ApiClient client = new ApiClient(ports.get(i % ports.size()));
                clients.add(pool.submit(() -> {
                    while (System.currentTimeMillis() < deadline) {
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
        if (newDatabase != null) {
            databaseName = newDatabase;
        }
        return new SpringApplication(RobsonApplication.class)
                .run(
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
                        "--logging.level.root=WARN");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}

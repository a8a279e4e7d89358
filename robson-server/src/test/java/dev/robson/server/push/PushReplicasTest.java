package dev.robson.server.push;

import static dev.robson.server.support.PushClient.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.robson.server.RobsonApplication;
import dev.robson.server.exchange.Eventually;
import dev.robson.server.exchange.binance.fake.FakeBinance;
import dev.robson.server.exchange.stream.fake.FakeBookTickerStream;
import dev.robson.server.support.ApiClient;
import dev.robson.server.support.PushClient;
import dev.robson.server.support.RedisServers;
import dev.robson.server.support.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two replicas on one database and one Redis, as deployed: the leader runs the stop monitor and
 * the exchange stream, the follower neither. A client on the follower sees the leader's stream
 * prices and its tenant's events, never another tenant's; the exchange sees one stream. With
 * Redis gone the clients are told to poll, and no event is lost: the outbox keeps them.
 */
class PushReplicasTest {

    private static final Duration SOON = Duration.ofSeconds(15);

    @Test
    void whenTheLeaderStreamsAPriceThenAClientOnTheFollowerReceivesIt() throws Exception {
        try (Replicas replicas = Replicas.start(RedisServers.SHARED_URL)) {
            FakeBookTickerStream stream = replicas.streamFollowingBtc();
            String token = new ApiClient(replicas.followerPort()).login("demo", "robson-demo");
            try (PushClient client = PushClient.ready(replicas.followerPort(), token)) {
                client.subscribe("price:BTCUSDC");

                JsonNode frame = publishUntil(
                        stream,
                        "BTCUSDC",
                        "89777.77",
                        "89777.78",
                        client,
                        f -> "89777.77".equals(f.path("data").path("bid").asString()));

                assertThat(frame.path("data").path("ask").asString()).isEqualTo("89777.78");
                assertThat(frame.path("data").path("source").asString()).isEqualTo("BINANCE");
            }
            // The follower opened no stream of its own: the exchange saw one connection.
            assertThat(stream.connections()).isEqualTo(1);
        }
    }

    @Test
    void whenOnlyAClientOnTheFollowerFollowsASymbolThenTheLeaderStreamsItUntilTheGraceAfterItLeaves() throws Exception {
        try (Replicas replicas = Replicas.start(RedisServers.SHARED_URL)) {
            FakeBookTickerStream stream = replicas.streamFollowingBtc();
            // Nobody holds BTCUSDT (listed by the exchange): no operation puts it on the stream.
            assertThat(stream.subscribed("BTCUSDT")).isFalse();
            String token = new ApiClient(replicas.followerPort()).login("demo", "robson-demo");
            try (PushClient client = PushClient.ready(replicas.followerPort(), token)) {
                client.subscribe("price:BTCUSDT");

                Eventually.within(
                        SOON,
                        "the leader follows BTCUSDT for the follower's client",
                        () -> stream.subscribed("BTCUSDT"));
                JsonNode frame = publishUntil(
                        stream,
                        "BTCUSDT",
                        "89555.55",
                        "89555.56",
                        client,
                        f -> "89555.55".equals(f.path("data").path("bid").asString()));

                assertThat(frame.path("channel").asString()).isEqualTo("price:BTCUSDT");
                assertThat(frame.path("data").path("source").asString()).isEqualTo("BINANCE");
                client.send("{\"type\":\"unsubscribe\",\"channel\":\"price:BTCUSDT\"}");
                client.next(type("unsubscribed"));
            }
            // The grace here is 1 s: past it, with no follower left, the stream lets BTCUSDT go.
            Eventually.within(SOON, "BTCUSDT dropped from the stream", () -> !stream.subscribed("BTCUSDT"));
            assertThat(stream.subscribed("BTCUSDC")).isTrue();
        }
    }

    @Test
    void whenTheLeaderClosesAnOperationThenItsTenantOnTheFollowerHearsItAndAnotherTenantDoesNot() throws Exception {
        try (Replicas replicas = Replicas.start(RedisServers.SHARED_URL)) {
            FakeBookTickerStream stream = replicas.streamFollowingBtc();
            ApiClient follower = new ApiClient(replicas.followerPort());
            try (PushClient demo = PushClient.ready(replicas.followerPort(), follower.login("demo", "robson-demo"));
                    PushClient acme =
                            PushClient.ready(replicas.followerPort(), follower.login("acme", "robson-demo"))) {
                demo.subscribe("events");
                acme.subscribe("events");
                acme.subscribe("price:BTCUSDC");

                // Under Operation #1's stop (87,061.16), on the stream only: the REST book stays above it.
                JsonNode closed = publishUntil(
                        stream,
                        "BTCUSDC",
                        "87000.00",
                        "87000.01",
                        demo,
                        f -> "event".equals(f.path("type").asString())
                                && "CLOSED".equals(f.path("data").path("event").asString()));

                assertThat(closed.path("data").path("operation_id").asLong()).isEqualTo(1);
                assertThat(closed.path("data").path("reason").asString()).isEqualTo("STOP_LOSS");
                acme.next(f -> "price".equals(f.path("type").asString())
                        && "87000.00".equals(f.path("data").path("bid").asString()));
                assertThat(acme.seen()).noneMatch(type("event"));
            }
        }
    }

    @Test
    void whenAUserHoldsTheLimitAcrossBothReplicasThenOneMoreIsRefusedOnEither() throws Exception {
        try (RedisServers.Private redis = RedisServers.Private.start();
                Replicas replicas = Replicas.start(redis.url(), List.of("--robson.push.connections-per-user=2"))) {
            String token = new ApiClient(replicas.leaderPort()).login("demo", "robson-demo");
            try (PushClient onLeader = PushClient.ready(replicas.leaderPort(), token);
                    PushClient onFollower = PushClient.ready(replicas.followerPort(), token)) {
                // Two of two, one on each replica: each replica alone holds one, the cluster two.
                for (int port : List.of(replicas.followerPort(), replicas.leaderPort())) {
                    try (PushClient third = PushClient.connect(port)) {
                        third.authenticate(token);
                        assertThat(third.next(type("error")).path("code").asString())
                                .isEqualTo("too_many_connections");
                        assertThat(third.closeCode()).isEqualTo(4429);
                    }
                }
            }
            // Both closed: their places are given back at once, not when they would lapse.
            Eventually.within(SOON, "a place free again", () -> {
                try (PushClient again = PushClient.connect(replicas.followerPort())) {
                    again.authenticate(token);
                    return "ready".equals(again.next(f -> true).path("type").asString());
                }
            });
        }
    }

    @Test
    void whenRedisStopsThenClientsAreToldToPollAndNoEventIsLost() throws Exception {
        try (RedisServers.Private redis = RedisServers.Private.start();
                Replicas replicas = Replicas.start(redis.url())) {
            ApiClient leader = new ApiClient(replicas.leaderPort());
            ApiClient follower = new ApiClient(replicas.followerPort());
            String acmeToken = follower.login("acme", "robson-demo");
            long lastSeen;
            try (PushClient acme = PushClient.ready(replicas.followerPort(), acmeToken)) {
                acme.subscribe("events");
                redis.stop();
                JsonNode error = acme.next(type("error"));
                assertThat(error.path("code").asString()).isEqualTo("push_unavailable");
                assertThat(acme.closeCode()).isEqualTo(1013);
                lastSeen = 0;
            }
            try (PushClient refused = PushClient.connect(replicas.followerPort())) {
                assertThat(refused.closeCode()).isEqualTo(1013);
            }

            // Meanwhile the trader closes by hand through the leader; polling still works on both.
            JsonNode operations =
                    leader.get("/api/operations/?status=active", acmeToken).json();
            long number =
                    operations.path("operations").get(0).path("operation_id").asLong();
            assertThat(leader.post("/api/operations/" + number + "/close/", "{}", acmeToken)
                            .status())
                    .isEqualTo(200);
            assertThat(follower.get("/api/portfolio/positions/", acmeToken).status())
                    .isEqualTo(200);
            JdbcClient database = replicas.leader().getBean(JdbcClient.class);
            assertThat(unpublished(database)).isPositive();

            redis.restart();
            Eventually.within(SOON, "the outbox drains once Redis is back", () -> unpublished(database) == 0);
            PushClient back = null;
            for (int attempt = 0; back == null && attempt < 100; attempt++) {
                PushClient candidate = PushClient.connect(replicas.followerPort());
                JsonNode first;
                try {
                    candidate.authenticate(acmeToken);
                    first = candidate.next(f -> true);
                } catch (RuntimeException closedAtOnce) {
                    // Until the follower sees Redis back it may close a new stream before the auth
                    // message is even sent (1013): that attempt is refused, the next one may not be.
                    candidate.close();
                    continue;
                }
                if ("ready".equals(first.path("type").asString())) {
                    back = candidate;
                } else {
                    candidate.close();
                }
            }
            assertThat(back).as("push accepted again").isNotNull();
            try (PushClient acme = back) {
                acme.send("{\"type\":\"subscribe\",\"channel\":\"events\",\"after\":" + lastSeen + "}");
                JsonNode closed = acme.next(f -> "event".equals(f.path("type").asString())
                        && "CLOSED".equals(f.path("data").path("event").asString()));
                assertThat(closed.path("data").path("operation_id").asLong()).isEqualTo(number);
                assertThat(closed.path("data").path("reason").asString()).isEqualTo("MANUAL");
            }
        }
    }

    private static long unpublished(JdbcClient database) {
        return database.sql("SELECT COUNT(*) FROM event_outbox WHERE published_at IS NULL")
                .query(Long.class)
                .single();
    }

    /** Publishes the price on the stream every 50 ms until the client has a frame that matches. */
    private static JsonNode publishUntil(
            FakeBookTickerStream stream,
            String symbol,
            String bid,
            String ask,
            PushClient client,
            Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (System.nanoTime() < deadline) {
            stream.publish(symbol, bid, ask);
            try {
                return client.next(wanted, Duration.ofMillis(50));
            } catch (AssertionError notYet) {
                // publish again
            }
        }
        throw new AssertionError(
                "no matching frame after publishing " + symbol + " " + bid + "; seen " + client.seen());
    }

    /**
     * A leader (stop monitor and stream) and a follower (neither), one in-memory database, one
     * Redis, and the fake Binance and stream both talk to; closing it closes them all.
     */
    record Replicas(
            FakeBinance binance,
            FakeBookTickerStream stream,
            ConfigurableApplicationContext leader,
            ConfigurableApplicationContext follower)
            implements AutoCloseable {

        static Replicas start(String redisUrl) {
            return start(redisUrl, List.of());
        }

        static Replicas start(String redisUrl, List<String> extra) {
            FakeBinance binance = FakeBinance.start();
            FakeBookTickerStream stream = FakeBookTickerStream.start();
            binance.setBook("BTCUSDC", "89245.00", "89245.01");
            binance.setBook("ETHUSDC", "3001.10", "3001.20");
            String database = "push-" + UUID.randomUUID();
            ConfigurableApplicationContext leader = null;
            try {
                leader = replica(binance, stream, redisUrl, database, true, extra);
                return new Replicas(
                        binance, stream, leader, replica(binance, stream, redisUrl, database, false, extra));
            } catch (RuntimeException failed) {
                if (leader != null) {
                    leader.close();
                }
                stream.close();
                binance.close();
                throw failed;
            }
        }

        /** The fake stream, once the leader follows BTCUSDC on it (the demo tenants hold it). */
        FakeBookTickerStream streamFollowingBtc() {
            Eventually.within(SOON, "the leader follows BTCUSDC on the stream", () -> stream.subscribed("BTCUSDC"));
            return stream;
        }

        private static ConfigurableApplicationContext replica(
                FakeBinance binance,
                FakeBookTickerStream stream,
                String redisUrl,
                String database,
                boolean leads,
                List<String> extra) {
            List<String> args = new ArrayList<>(List.of(
                    "--server.port=0",
                    "--spring.profiles.active=demo",
                    "--spring.datasource.url=jdbc:h2:mem:" + database
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                    "--robson.data-dir=target/push-replicas-" + database,
                    "--robson.market=binance",
                    "--robson.binance.base-url=" + binance.baseUrl(),
                    "--robson.binance.ws-url=" + stream.wsUrl(),
                    "--robson.binance.stream.resync=100ms",
                    "--robson.market-data.redis-url=" + redisUrl,
                    "--robson.auth.secret=" + TestTokens.SECRET,
                    "--robson.auth.password-hash-strength=4",
                    "--robson.push.cached-price-every=200ms",
                    "--robson.events.demand-grace=1s",
                    "--robson.monitor.enabled=" + leads,
                    "--logging.level.root=WARN"));
            args.addAll(extra);
            return new SpringApplication(RobsonApplication.class).run(args.toArray(String[]::new));
        }

        int leaderPort() {
            return port(leader);
        }

        int followerPort() {
            return port(follower);
        }

        private static int port(ConfigurableApplicationContext context) {
            return ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        @Override
        public void close() {
            follower.close();
            leader.close();
            stream.close();
            binance.close();
        }
    }
}

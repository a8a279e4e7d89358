package dev.robson.server.exchange.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import dev.robson.server.exchange.Eventually;
import dev.robson.server.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The stream on its own, against the fake Binance stream over real sockets. */
class BookTickerStreamTest extends FakeStreamFixture {

    private static final Duration WAIT = Duration.ofSeconds(3);

    @Test
    void whenABookTickerArrivesThenTheWatcherGetsItsExactPricesWithTheBidAsLast() throws Exception {
        watcher.symbols.add("BTCUSDC");
        start(QUICK, Clock.systemUTC());
        Eventually.within(WAIT, "subscribed to BTCUSDC", () -> binance.subscribed("BTCUSDC"));
        assertThat(stream.live()).as("live before any price").isFalse();

        binance.publish("BTCUSDC", "25.35190000", "25.36520000");

        Quote quote = watcher.quotes.poll(3, TimeUnit.SECONDS);
        assertThat(quote).isNotNull();
        assertThat(quote.symbol()).isEqualTo("BTCUSDC");
        assertThat(quote.bid()).isEqualTo(Price.of("25.3519"));
        assertThat(quote.ask()).isEqualTo(Price.of("25.3652"));
        assertThat(quote.last()).isEqualTo(quote.bid());
        // The price reaches the watcher from the conflation thread; the connection marks itself
        // live on its own thread, so the two are not ordered.
        Eventually.within(WAIT, "the stream says it is live", stream::live);
        assertThat(meters.counter("robson.stream.messages").count()).isEqualTo(1.0);
        assertThat(meters.get("robson.stream.live").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void whenNothingIsWatchedThenNoConnectionIsHeldUntilSomethingIs() {
        start(QUICK, Clock.systemUTC());
        Eventually.never(
                Duration.ofMillis(300), "a connection with nothing to follow", () -> binance.connections() > 0);

        watcher.symbols.add("ETHUSDC");
        Eventually.within(WAIT, "subscribed to ETHUSDC", () -> binance.subscribed("ETHUSDC"));

        watcher.symbols.clear();
        Eventually.within(WAIT, "hung up once nothing is watched", () -> binance.openConnections() == 0);
        assertThat(stream.followed()).isEmpty();
    }

    @Test
    void whenWatchedSymbolsChangeThenTheSameConnectionSubscribesAndUnsubscribes() throws Exception {
        watcher.symbols.add("BTCUSDC");
        start(QUICK, Clock.systemUTC());
        Eventually.within(WAIT, "subscribed to BTCUSDC", () -> binance.subscribed("BTCUSDC"));

        watcher.symbols.add("ETHUSDC");
        Eventually.within(WAIT, "subscribed to ETHUSDC", () -> binance.subscribed("ETHUSDC"));
        watcher.symbols.remove("BTCUSDC");
        Eventually.within(WAIT, "unsubscribed from BTCUSDC", () -> !binance.subscribed("BTCUSDC"));

        assertThat(binance.connections()).isEqualTo(1);
        assertThat(binance.subscribeRequests()).isEqualTo(1);
        assertThat(binance.unsubscribeRequests()).isEqualTo(1);
        assertThat(stream.followed()).containsExactly("ETHUSDC");
        binance.publish("ETHUSDC", "3012.45", "3012.46");
        assertThat(watcher.quotes.poll(3, TimeUnit.SECONDS))
                .extracting(Quote::symbol)
                .isEqualTo("ETHUSDC");
    }

    @Test
    void whenBinancePingsThenItGetsItsPayloadBackAsAPong() {
        watcher.symbols.add("BTCUSDC");
        start(QUICK, Clock.systemUTC());
        Eventually.within(WAIT, "connected", () -> binance.openConnections() == 1);

        binance.ping("still-there?");

        Eventually.within(WAIT, "a pong", () -> binance.pongs().contains("still-there?"));
    }

    @Test
    void whenTheConnectionDropsThenANewOneFollowsTheSymbolsOfThatMoment() {
        watcher.symbols.add("BTCUSDC");
        start(QUICK, Clock.systemUTC());
        Eventually.within(WAIT, "subscribed to BTCUSDC", () -> binance.subscribed("BTCUSDC"));

        watcher.symbols.add("ETHUSDC");
        binance.dropConnections();

        Eventually.within(
                WAIT, "back on both symbols", () -> binance.subscribed("BTCUSDC") && binance.subscribed("ETHUSDC"));
        assertThat(binance.connections()).isEqualTo(2);
        assertThat(binance.openConnections()).isEqualTo(1);
        Eventually.within(WAIT, "one reconnect counted", () -> reconnects() == 1.0);
    }

    @Test
    void whenBinanceRefusesThenAttemptsBackOffUntilOneIsAccepted() {
        // A resync of a minute: only the backoff can bring the next attempt.
        StreamProperties slowResync = new StreamProperties(
                Duration.ofMinutes(1),
                QUICK.liveWithin(),
                QUICK.silentFor(),
                QUICK.renewAfter(),
                Duration.ofMillis(100),
                Duration.ofMillis(800),
                Duration.ZERO,
                QUICK.connectTimeout());
        binance.refuseUpgrades(503);
        watcher.symbols.add("BTCUSDC");
        start(slowResync, Clock.systemUTC());

        Eventually.within(WAIT, "four attempts", () -> binance.attemptNanos().size() >= 4);
        List<Long> attempts = binance.attemptNanos();
        long firstGap = attempts.get(1) - attempts.get(0);
        long thirdGap = attempts.get(3) - attempts.get(2);
        // Steps of 100, 200, 400 ms, each drawn between half and all of it. Lower bounds only
        // where a busy machine could stretch a gap: the third is at least half of 400 ms, which
        // no draw of an undoubled 100 ms step reaches.
        assertThat(Duration.ofNanos(firstGap)).isBetween(Duration.ofMillis(45), Duration.ofMillis(400));
        assertThat(Duration.ofNanos(thirdGap)).isGreaterThanOrEqualTo(Duration.ofMillis(195));

        binance.refuseUpgrades(0);
        Eventually.within(WAIT, "accepted at last", () -> binance.subscribed("BTCUSDC"));
    }

    @Test
    void whenTheConnectionFallsSilentThenItIsReplaced() {
        StreamProperties quickToSuspect = quickButSilentAfter(Duration.ofMillis(300));
        watcher.symbols.add("BTCUSDC");
        start(quickToSuspect, Clock.systemUTC());

        Eventually.within(WAIT, "a second connection", () -> binance.connections() >= 2);
        Eventually.within(WAIT, "a reconnect counted", () -> reconnects() >= 1.0);
    }

    @Test
    void whenOnlyPingsArriveThenTheConnectionIsNotTakenForSilent() {
        StreamProperties quickToSuspect = quickButSilentAfter(Duration.ofMillis(400));
        watcher.symbols.add("BTCUSDC");
        start(quickToSuspect, Clock.systemUTC());
        Eventually.within(WAIT, "connected", () -> binance.openConnections() == 1);

        // Three times the silence limit, a ping every 100 ms: the one connection stays.
        await("one connection while pings arrive")
                .during(Duration.ofMillis(1200))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .failFast("a second connection", () -> binance.connections() != 1)
                .until(() -> {
                    binance.ping("keepalive");
                    return true;
                });
    }

    @Test
    void whenTheConnectionReachesItsRenewalAgeThenTheNextOneOpensBeforeItCloses() {
        StreamProperties shortLived = new StreamProperties(
                QUICK.resync(),
                QUICK.liveWithin(),
                QUICK.silentFor(),
                Duration.ofMillis(400),
                QUICK.backoffMin(),
                QUICK.backoffMax(),
                QUICK.pace(),
                QUICK.connectTimeout());
        watcher.symbols.add("BTCUSDC");
        start(shortLived, Clock.systemUTC());
        Eventually.within(WAIT, "connected", () -> !stream.followed().isEmpty());

        Eventually.never(
                Duration.ofMillis(1500),
                "a moment without a connection",
                () -> stream.followed().isEmpty());

        assertThat(binance.connections()).isGreaterThanOrEqualTo(3);
        assertThat(reconnects()).isGreaterThanOrEqualTo(2.0);
        Eventually.within(WAIT, "old connections closed", () -> binance.openConnections() == 1);
    }

    @Test
    void whenNoPriceCameWithinTheLiveWindowThenTheStreamIsNotLive() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T12:00:00Z"));
        watcher.symbols.add("BTCUSDC");
        start(QUICK, clock);
        Eventually.within(WAIT, "subscribed", () -> binance.subscribed("BTCUSDC"));
        binance.publish("BTCUSDC", "89245.00", "89245.01");
        Eventually.within(WAIT, "live", stream::live);

        clock.advance(Duration.ofSeconds(11));

        assertThat(stream.live()).isFalse();
        assertThat(meters.get("robson.stream.live").gauge().value()).isZero();
    }

    @Test
    void whenAMessageIsUnreadableThenItIsSkippedAndLaterPricesStillArrive() throws Exception {
        watcher.symbols.add("BTCUSDC");
        start(QUICK, Clock.systemUTC());
        Eventually.within(WAIT, "subscribed", () -> binance.subscribed("BTCUSDC"));

        binance.sendRaw("{not json");
        binance.sendRaw("{\"stream\":\"btcusdc@bookTicker\",\"data\":{\"u\":1,\"s\":\"BTCUSDC\",\"b\":\"0.00000000\","
                + "\"B\":\"0\",\"a\":\"89245.01\",\"A\":\"1\"}}");
        binance.publish("BTCUSDC", "89245.00", "89245.01");

        Quote quote = watcher.quotes.poll(3, TimeUnit.SECONDS);
        assertThat(quote).isNotNull();
        assertThat(quote.bid()).isEqualTo(Price.of("89245.00"));
        assertThat(watcher.quotes.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(binance.connections()).isEqualTo(1);
    }

    @Test
    void whenStoppedThenTheConnectionIsClosed() {
        watcher.symbols.add("BTCUSDC");
        start(QUICK, Clock.systemUTC());
        Eventually.within(WAIT, "connected", () -> binance.openConnections() == 1);

        stream.stop();

        assertThat(stream.isRunning()).isFalse();
        Eventually.within(WAIT, "closed", () -> binance.openConnections() == 0);
        Eventually.never(Duration.ofMillis(300), "a reconnect after stop", () -> binance.connections() > 1);
    }

    private double reconnects() {
        return meters.counter("robson.stream.reconnects").count();
    }
}

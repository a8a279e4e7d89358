package dev.robson.server.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.exchange.binance.fake.FakeBinanceFixture;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The public endpoints, against the fake: exact decimals from Binance's strings, weight tracked. */
class BinanceMarketDataTest extends FakeBinanceFixture {

    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final BinanceClient client = new BinanceClient(
            BinanceSettings.defaults(binance.baseUrl()),
            http,
            Clock.systemUTC(),
            (endpoint, status, took, weight) -> reported.add(endpoint + " " + status + " " + weight));

    @Test
    void whenReadingTheBookThenBidAndAskAreBinancesExactStrings() {
        binance.setBook("BTCUSDC", "89245.00", "89245.01");

        BookTicker book = client.bookTicker("BTCUSDC");

        assertThat(book)
                .isEqualTo(new BookTicker(
                        "BTCUSDC",
                        new BigDecimal("89245.00000000"),
                        new BigDecimal("1.00000000"),
                        new BigDecimal("89245.01000000"),
                        new BigDecimal("1.00000000")));
        assertThat(client.usedWeight1m()).isEqualTo(2);
        assertThat(reported).containsExactly("GET /api/v3/ticker/bookTicker 200 2");
    }

    @Test
    void whenReadingTheLastPriceThenItIsExactAndWeighed() {
        binance.setLastPrice("ETHBTC", "0.03375123");

        assertThat(client.lastPrice("ETHBTC")).isEqualTo(new BigDecimal("0.03375123"));
        client.lastPrice("ETHBTC");
        assertThat(client.usedWeight1m()).isEqualTo(4);
    }

    @Test
    void whenReadingKlinesFromAStartTimeThenTheOldestComeFirstWithExactFields() {
        long minute = 60_000;
        long start = 1_767_614_400_000L;
        binance.setKlines(
                "BTCUSDC",
                "1m",
                List.of(
                        kline(start, "89200.01", "89250.00", "89190.00", "89245.00", "1.23456"),
                        kline(start + minute, "89245.00", "89300.00", "89240.00", "89290.10", "0.5"),
                        kline(start + 2 * minute, "89290.10", "89291.00", "89100.00", "89100.00", "2")));

        List<Kline> klines = client.klines("BTCUSDC", "1m", start + minute, null, 10);

        assertThat(klines)
                .containsExactly(
                        new Kline(
                                start + minute,
                                new BigDecimal("89245.00000000"),
                                new BigDecimal("89300.00000000"),
                                new BigDecimal("89240.00000000"),
                                new BigDecimal("89290.10000000"),
                                new BigDecimal("0.50000000"),
                                start + 2 * minute - 1),
                        new Kline(
                                start + 2 * minute,
                                new BigDecimal("89290.10000000"),
                                new BigDecimal("89291.00000000"),
                                new BigDecimal("89100.00000000"),
                                new BigDecimal("89100.00000000"),
                                new BigDecimal("2.00000000"),
                                start + 3 * minute - 1));
        assertThat(client.klines("BTCUSDC", "1m", null, start + minute, 1))
                .extracting(Kline::openTimeMs)
                .containsExactly(start + minute);
    }

    @Test
    void whenAskingForMoreThanAThousandKlinesThenNothingIsSent() {
        assertThatThrownBy(() -> client.klines("BTCUSDC", "1m", null, null, 1001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(binance.calls("/api/v3/klines")).isZero();
    }

    @Test
    void whenReadingExchangeInfoThenEachSymbolsFiltersAreExact() {
        List<ExchangeSymbol> symbols = client.exchangeInfo();

        assertThat(symbols)
                .filteredOn(s -> s.symbol().equals("BTCUSDC"))
                .singleElement()
                .satisfies(btc -> {
                    assertThat(btc.tickSize()).isEqualTo(new BigDecimal("0.01000000"));
                    assertThat(btc.stepSize()).isEqualTo(new BigDecimal("0.00001000"));
                    assertThat(btc.minNotional()).isEqualTo(new BigDecimal("5.00000000"));
                    assertThat(btc.baseAsset()).isEqualTo("BTC");
                    assertThat(btc.quoteAsset()).isEqualTo("USDC");
                    assertThat(btc.status()).isEqualTo("TRADING");
                    assertThat(btc.spotTradingAllowed()).isTrue();
                });
        assertThat(symbols)
                .filteredOn(s -> s.symbol().equals("ETHBTC"))
                .singleElement()
                .extracting(ExchangeSymbol::tickSize, ExchangeSymbol::stepSize, ExchangeSymbol::minNotional)
                .containsExactly(
                        new BigDecimal("0.00001000"), new BigDecimal("0.00010000"), new BigDecimal("0.00010000"));
        assertThat(symbols).extracting(ExchangeSymbol::symbol).contains("BTCUSDT", "ETHUSDC", "ETHUSDT");
        assertThat(client.usedWeight1m()).isEqualTo(20);
    }

    @Test
    void whenAskingTheServerTimeThenItIsTheExchangesClock() {
        binance.setServerTimeOffset(Duration.ofHours(1));

        long serverTime = client.serverTimeMs();

        assertThat(serverTime - System.currentTimeMillis()).isBetween(3_590_000L, 3_610_000L);
    }

    @Test
    void whenTheSymbolIsUnknownThenBinancesRejectionIsKept() {
        assertThatThrownBy(() -> client.bookTicker("NOPEUSDC"))
                .isInstanceOfSatisfying(ExchangeRejected.class, rejected -> {
                    assertThat(rejected.status()).isEqualTo(400);
                    assertThat(rejected.code()).isEqualTo(-1121);
                    assertThat(rejected.reason()).isEqualTo("Invalid symbol.");
                });
        assertThat(reported).containsExactly("GET /api/v3/ticker/bookTicker 400 2");
    }

    @Test
    void whenTheSymbolHoldsReservedCharactersThenTheyAreEncodedNotInjected() {
        assertThatThrownBy(() -> client.lastPrice("BTCUSDC&symbol=ETHBTC"))
                .isInstanceOfSatisfying(
                        ExchangeRejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(-1100));
    }

    private static Kline kline(long open, String o, String h, String l, String c, String volume) {
        return new Kline(
                open,
                new BigDecimal(o),
                new BigDecimal(h),
                new BigDecimal(l),
                new BigDecimal(c),
                new BigDecimal(volume),
                open + 60_000 - 1);
    }
}

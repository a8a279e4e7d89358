package dev.robson.server.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.server.exchange.binance.fake.FakeBinanceFixture;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NOTIONAL and PRICE_FILTER rules as the exchange applies them: a MARKET order's notional at
 * the average price, by the bounds that bind MARKET orders; a LIMIT order's price within bounds.
 */
class BinanceOrderFiltersTest extends FakeBinanceFixture {

    private static final String SECRET = "filters-secret-that-must-never-leak-24680";

    private final BinanceClient client = newClient();
    private final HmacCredentials key = newHmacKey("filters-key", SECRET);

    BinanceOrderFiltersTest() {
        binance.setBalance("filters-key", "BTC", "0.01", "0");
        binance.setBalance("filters-key", "USDC", "1000", "0");
        binance.setBook("BTCUSDC", "89245.00", "89245.01");
        binance.setNotionalFilter("BTCUSDC", "20", true, true, 5);
        binance.setAveragePrice("BTCUSDC", "80000.00");
    }

    @Test
    void theAveragePriceIsServedAndExchangeInfoCarriesTheFullFilters() {
        binance.setPriceBounds("BTCUSDC", "1000.00", "100000.00");

        assertThat(client.averagePrice("BTCUSDC")).isEqualByComparingTo("80000.00");
        ExchangeSymbol btc = client.exchangeInfo().stream()
                .filter(s -> s.symbol().equals("BTCUSDC"))
                .findFirst()
                .orElseThrow();
        assertThat(btc.maxNotional()).isEqualByComparingTo("20");
        assertThat(btc.applyMaxToMarket()).isTrue();
        assertThat(btc.avgPriceMins()).isEqualTo(5);
        assertThat(btc.minPrice()).isEqualByComparingTo("1000.00");
        assertThat(btc.maxPrice()).isEqualByComparingTo("100000.00");
    }

    @Test
    void aMarketOrderIsJudgedAtTheAveragePriceNotTheBook() {
        // 0.00025 x 80000.00 (average) = 20.00, at the maximum: accepted, though at the bid it is 22.31.
        OrderResult within = client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("0.00025"), "max-ok");
        assertThat(within.status()).isEqualTo("FILLED");

        // 0.00026 x 80000.00 = 20.80, above the maximum 20.
        assertThatThrownBy(() -> client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("0.00026"), "max-over"))
                .isInstanceOfSatisfying(ExchangeRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(-1013);
                    assertThat(rejected.getMessage()).contains("Filter failure: NOTIONAL");
                });

        // 0.00006 x 80000.00 = 4.80, below the minimum 5 (at the bid it would be 5.35).
        assertThatThrownBy(
                        () -> client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("0.00006"), "min-under"))
                .isInstanceOfSatisfying(
                        ExchangeRejected.class,
                        rejected -> assertThat(rejected.getMessage()).contains("Filter failure: NOTIONAL"));
        assertThat(binance.orders()).hasSize(1);
    }

    @Test
    void theMaximumBindsNoMarketOrderWhenApplyMaxToMarketIsOff() {
        binance.setNotionalFilter("BTCUSDC", "20", true, false, 5);

        // 0.0005 x 80000.00 = 40.00 above 20, but the maximum is for LIMIT orders only.
        OrderResult order = client.placeMarketOrder(key, "BTCUSDC", "SELL", new BigDecimal("0.0005"), "no-max");

        assertThat(order.status()).isEqualTo("FILLED");
    }

    @Test
    void aLimitPriceOutsidePriceFilterIsRefused() {
        binance.setPriceBounds("BTCUSDC", "1000.00", "90000.00");
        binance.setNotionalFilter("BTCUSDC", "9000000", true, false, 5);

        // 90000.01 is on the 0.01 tick but above maxPrice 90000.00.
        assertThatThrownBy(() -> client.placeLimitIocOrder(
                        key, "BTCUSDC", "BUY", new BigDecimal("0.0001"), new BigDecimal("90000.01"), "above"))
                .isInstanceOfSatisfying(
                        ExchangeRejected.class,
                        rejected -> assertThat(rejected.getMessage()).contains("Filter failure: PRICE_FILTER"));
        // 90000.00 is within: it buys at the ask 89245.01.
        OrderResult within = client.placeLimitIocOrder(
                key, "BTCUSDC", "BUY", new BigDecimal("0.0001"), new BigDecimal("90000.00"), "inside");
        assertThat(within.status()).isEqualTo("FILLED");
        assertThat(binance.orders()).extracting(o -> o.clientOrderId()).isEqualTo(List.of("inside"));
    }
}

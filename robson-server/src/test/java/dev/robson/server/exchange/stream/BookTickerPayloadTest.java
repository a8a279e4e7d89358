package dev.robson.server.exchange.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.robson.core.market.Price;
import dev.robson.core.market.Quote;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookTickerPayloadTest {

    private static final Instant NOW = Instant.parse("2026-01-05T12:00:00Z");

    @Test
    void whenABookTickerIsReadThenItsStringsBecomeExactPricesAndTheBidStandsInAsLast() {
        Quote quote = BookTickerPayload.quote(
                        "{\"stream\":\"btcusdc@bookTicker\",\"data\":{\"u\":400900217,"
                                + "\"s\":\"BTCUSDC\",\"b\":\"25.35190000\",\"B\":\"31.21000000\",\"a\":\"25.36520000\","
                                + "\"A\":\"40.66000000\"}}",
                        NOW)
                .orElseThrow();

        assertThat(quote.symbol()).isEqualTo("BTCUSDC");
        assertThat(quote.bid().value()).isEqualByComparingTo("25.3519");
        assertThat(quote.ask()).isEqualTo(Price.of("25.3652"));
        assertThat(quote.last()).isEqualTo(quote.bid());
        assertThat(quote.readAt()).isEqualTo(NOW);
    }

    @Test
    void whenBinanceRepliesToASubscriptionThenThereIsNoQuote() {
        assertThat(BookTickerPayload.quote("{\"result\":null,\"id\":3}", NOW)).isEmpty();
    }

    @Test
    void whenBinanceRefusesARequestThenThatIsAnError() {
        assertThatThrownBy(() ->
                        BookTickerPayload.quote("{\"error\":{\"code\":2,\"msg\":\"Invalid request\"},\"id\":4}", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid request");
    }

    @Test
    void whenASideOfTheBookIsEmptyThenThereIsNoQuote() {
        assertThatThrownBy(() -> BookTickerPayload.quote(
                        "{\"stream\":\"btcusdc@bookTicker\",\"data\":{\"s\":\"BTCUSDC\","
                                + "\"b\":\"0.00000000\",\"a\":\"25.36520000\"}}",
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whenAPriceIsANumberRatherThanAStringThenItIsRefused() {
        assertThatThrownBy(() -> BookTickerPayload.quote(
                        "{\"stream\":\"btcusdc@bookTicker\",\"data\":{\"s\":\"BTCUSDC\","
                                + "\"b\":25.3519,\"a\":\"25.36520000\"}}",
                        NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"b\"");
    }

    @Test
    void whenTheMessageIsNeitherATickerNorAReplyThenItIsRefused() {
        assertThatThrownBy(() -> BookTickerPayload.quote("{\"e\":\"trade\"}", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BookTickerPayload.quote("{not json", NOW)).isInstanceOf(RuntimeException.class);
    }
}

package dev.robson.server.exchange.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamRequestsTest {

    @Test
    void whenFollowingSymbolsThenTheAddressNamesTheirLowerCaseBookTickerStreams() {
        assertThat(StreamRequests.address(URI.create("wss://stream.binance.com:9443/"), List.of("BTCUSDC", "ETHUSDC")))
                .hasToString("wss://stream.binance.com:9443/stream?streams=btcusdc@bookTicker/ethusdc@bookTicker");
    }

    @Test
    void whenSubscribingOrUnsubscribingThenTheRequestIsBinancesJson() {
        assertThat(StreamRequests.subscribe(List.of("BTCUSDC"), 1))
                .isEqualTo("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdc@bookTicker\"],\"id\":1}");
        assertThat(StreamRequests.unsubscribe(List.of("BTCUSDC", "ETHBTC"), 2))
                .isEqualTo(
                        "{\"method\":\"UNSUBSCRIBE\",\"params\":[\"btcusdc@bookTicker\",\"ethbtc@bookTicker\"],\"id\":2}");
    }
}

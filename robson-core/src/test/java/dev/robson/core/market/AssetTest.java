package dev.robson.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssetTest {

    @ParameterizedTest
    @ValueSource(strings = {"USDT", "USDC", "FDUSD", "BUSD", "TUSD", "USDP", "DAI", "USD1", "PYUSD"})
    void dollarStablecoinsShowAmountsInCents(String code) {
        Asset asset = Asset.of(code);

        assertThat(asset.isUsdStablecoin()).isTrue();
        assertThat(asset.amountScale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BTC", "ETH", "BNB", "EUR"})
    void otherAssetsShowAmountsWithEightDecimals(String code) {
        Asset asset = Asset.of(code);

        assertThat(asset.isUsdStablecoin()).isFalse();
        assertThat(asset.amountScale()).isEqualTo(8);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "B", "btc", "BTC-USD", "ABCDEFGHIJKLM", " BTC"})
    void rejectsCodesBinanceWouldNotUse(String code) {
        assertThatThrownBy(() -> Asset.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asset code");
    }

    @Test
    void acceptsTwelveCharacterCodeAndPrintsIt() {
        assertThat(Asset.of("ABCDEFGHIJ12")).hasToString("ABCDEFGHIJ12");
    }
}

package dev.robson.server.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Binance's signatures, checked against its documented example and the JDK's own verifier. */
class RequestSignerTest {

    private static final String DOCUMENTED_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private static final String DOCUMENTED_PAYLOAD =
            "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";

    @Test
    void whenSigningBinancesDocumentedExampleThenTheHmacIsTheDocumentedOne() {
        var credentials = new HmacCredentials(
                "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", DOCUMENTED_SECRET);

        assertThat(RequestSigner.signature(credentials, DOCUMENTED_PAYLOAD))
                .isEqualTo("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
    }

    @Test
    void whenSigningWithEd25519ThenThePublicKeyVerifiesItAndNotAnotherPayload() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        String signature =
                RequestSigner.signature(new Ed25519Credentials("ed-key", pair.getPrivate()), DOCUMENTED_PAYLOAD);

        assertThat(verifies(pair, DOCUMENTED_PAYLOAD, signature)).isTrue();
        assertThat(verifies(pair, DOCUMENTED_PAYLOAD.replace("quantity=1", "quantity=2"), signature))
                .isFalse();
    }

    @Test
    void whenReadingAPkcs8PemThenItSignsAsTheKeyItWasWrittenFrom() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        var credentials = Ed25519Credentials.fromPem("ed-key", pem);

        assertThat(verifies(pair, "timestamp=1", RequestSigner.signature(credentials, "timestamp=1")))
                .isTrue();
    }

    @Test
    void whenThePemIsNotAnEd25519KeyThenTheErrorQuotesNoneOfIt() {
        String notAKey = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LW1hdGVyaWFs\n-----END PRIVATE KEY-----";

        assertThatThrownBy(() -> Ed25519Credentials.fromPem("ed-key", notAKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasNoCause()
                .message()
                .doesNotContain("c2VjcmV0LW1hdGVyaWFs");
    }

    @Test
    void whenCredentialsArePrintedThenOnlyTheKeysLastCharactersShow() throws Exception {
        var hmac = new HmacCredentials("public-api-key-WXYZ", DOCUMENTED_SECRET);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var ed25519 = new Ed25519Credentials("public-api-key-ABCD", pair.getPrivate());

        assertThat(hmac.toString())
                .contains("WXYZ")
                .doesNotContain(DOCUMENTED_SECRET)
                .doesNotContain("public-api-key");
        assertThat(ed25519.toString())
                .contains("ABCD")
                .doesNotContain(pair.getPrivate().toString())
                .doesNotContain(
                        Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
    }

    private static boolean verifies(KeyPair pair, String payload, String base64Signature) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(payload.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(base64Signature));
    }
}

package dev.robson.server.exchange.binance.fake;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * API keys and the balances behind them. Verifies signed requests the way Binance does, with
 * its own code: a fake that reused the client's signer would accept whatever the client got wrong.
 */
final class FakeAccounts {

    private static final long MAX_RECV_WINDOW_MS = 60_000;
    private static final long DEFAULT_RECV_WINDOW_MS = 5_000;

    private sealed interface Key permits HmacKey, Ed25519Key {}

    private record HmacKey(String secret) implements Key {}

    private record Ed25519Key(PublicKey publicKey) implements Key {}

    record Holding(BigDecimal free, BigDecimal locked) {}

    private final Map<String, Key> keys = new HashMap<>();
    private final Map<String, Map<String, Holding>> balances = new HashMap<>();

    synchronized void registerHmac(String apiKey, String secret) {
        keys.put(apiKey, new HmacKey(secret));
        balances.putIfAbsent(apiKey, new TreeMap<>());
    }

    synchronized void registerEd25519(String apiKey, PublicKey publicKey) {
        keys.put(apiKey, new Ed25519Key(publicKey));
        balances.putIfAbsent(apiKey, new TreeMap<>());
    }

    synchronized void setBalance(String apiKey, String asset, BigDecimal free, BigDecimal locked) {
        account(apiKey).put(asset, new Holding(free, locked));
    }

    synchronized Holding holding(String apiKey, String asset) {
        return account(apiKey).getOrDefault(asset, new Holding(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /**
     * Binance's checks of a signed request, in its order; returns the API key.
     *
     * @param forceSkew answer -1021 whatever the timestamp (the test's clockSkewNext)
     */
    String authenticate(FakeRequest request, long serverTimeMs, boolean forceSkew) {
        String apiKey = request.apiKey();
        if (apiKey == null || apiKey.isBlank()) {
            throw new BinanceError(401, -2014, "API-key format invalid.");
        }
        Key key;
        synchronized (this) {
            key = keys.get(apiKey);
        }
        if (key == null) {
            throw new BinanceError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        }
        Long timestamp = request.number("timestamp");
        if (timestamp == null) {
            throw BinanceError.mandatory("timestamp");
        }
        Long recvWindow = request.number("recvWindow");
        long window = recvWindow == null ? DEFAULT_RECV_WINDOW_MS : recvWindow;
        if (window > MAX_RECV_WINDOW_MS) {
            throw new BinanceError(400, -1131, "recvWindow must be less than 60000");
        }
        if (forceSkew || serverTimeMs - timestamp > window) {
            throw new BinanceError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
        }
        if (timestamp >= serverTimeMs + 1000) {
            throw new BinanceError(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
        }
        String signature = request.param("signature");
        if (signature == null) {
            throw BinanceError.mandatory("signature");
        }
        if (!valid(key, request.signedPayload(), signature)) {
            throw new BinanceError(400, -1022, "Signature for this request is not valid.");
        }
        return apiKey;
    }

    synchronized JsonNode accountJson(String apiKey, boolean omitZeroBalances, long serverTimeMs) {
        ObjectNode account = FakeJson.MAPPER
                .createObjectNode()
                .put("makerCommission", 10)
                .put("takerCommission", 10)
                .put("buyerCommission", 0)
                .put("sellerCommission", 0)
                .put("canTrade", true)
                .put("canWithdraw", true)
                .put("canDeposit", true)
                .put("brokered", false)
                .put("requireSelfTradePrevention", false)
                .put("preventSor", false)
                .put("updateTime", serverTimeMs)
                .put("accountType", "SPOT");
        ArrayNode list = account.putArray("balances");
        account(apiKey).forEach((asset, holding) -> {
            if (!omitZeroBalances
                    || holding.free().signum() != 0
                    || holding.locked().signum() != 0) {
                list.addObject()
                        .put("asset", asset)
                        .put("free", FakeJson.amount(holding.free()))
                        .put("locked", FakeJson.amount(holding.locked()));
            }
        });
        account.putArray("permissions").add("SPOT");
        account.put("uid", Math.abs(apiKey.hashCode()));
        return account;
    }

    /**
     * Moves a fill's assets: the spent side must be free in full, as Binance refuses an order it
     * cannot cover (-2010) before filling any of it.
     */
    synchronized void settle(
            String apiKey, String spentAsset, BigDecimal spent, String receivedAsset, BigDecimal received) {
        Map<String, Holding> account = account(apiKey);
        Holding from = account.getOrDefault(spentAsset, new Holding(BigDecimal.ZERO, BigDecimal.ZERO));
        if (from.free().compareTo(spent) < 0) {
            throw new BinanceError(400, -2010, "Account has insufficient balance for requested action.");
        }
        account.put(spentAsset, new Holding(from.free().subtract(spent), from.locked()));
        Holding to = account.getOrDefault(receivedAsset, new Holding(BigDecimal.ZERO, BigDecimal.ZERO));
        account.put(receivedAsset, new Holding(to.free().add(received), to.locked()));
    }

    private Map<String, Holding> account(String apiKey) {
        Map<String, Holding> account = balances.get(apiKey);
        if (account == null) {
            throw new IllegalArgumentException("No key " + apiKey + " registered on the fake");
        }
        return account;
    }

    private static boolean valid(Key key, String payload, String signature) {
        byte[] message = payload.getBytes(StandardCharsets.UTF_8);
        try {
            return switch (key) {
                case HmacKey hmac -> {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(hmac.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    String expected = HexFormat.of().formatHex(mac.doFinal(message));
                    yield MessageDigest.isEqual(
                            expected.getBytes(StandardCharsets.US_ASCII),
                            signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
                }
                case Ed25519Key ed25519 -> {
                    Signature verifier = Signature.getInstance("Ed25519");
                    verifier.initVerify(ed25519.publicKey());
                    verifier.update(message);
                    yield verifier.verify(Base64.getDecoder().decode(signature));
                }
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}

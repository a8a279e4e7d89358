package dev.robson.server.closing;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Client order ids unique across installations: a prefix generated once per database and kept
 * in it, then operation and attempt. Two Robson databases trading one account (a restored
 * backup, a staging copy) would otherwise both call their first close "operation 1, attempt 1",
 * and a lookup would take the other's order for ours.
 */
@Component
public class ClientOrderIdIssuer {

    /** Binance: at most 36 characters of {@code [.A-Z:/a-z0-9_-]}. */
    static final Pattern BINANCE_CHARSET = Pattern.compile("^[.A-Z:/a-z0-9_-]{1,36}$");

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PREFIX_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private volatile String prefix;

    ClientOrderIdIssuer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** E.g. {@code rbk3f9qa-42-c1}: 33 characters at most for any operation id and attempts below 1000. */
    public String forClose(long operationId, int attempt) {
        String id = "rb" + prefix() + "-" + operationId + "-c" + attempt;
        if (!BINANCE_CHARSET.matcher(id).matches()) {
            throw new IllegalStateException("client order id " + id + " does not fit Binance's 36 characters");
        }
        return id;
    }

    /**
     * E.g. {@code rbk3f9qa-42-e1}: the entry of a planned operation. An entry is never sent a
     * second time (an answer lost on the way is looked up), so its attempt is always 1.
     */
    public String forEntry(long operationId) {
        String id = "rb" + prefix() + "-" + operationId + "-e1";
        if (!BINANCE_CHARSET.matcher(id).matches()) {
            throw new IllegalStateException("client order id " + id + " does not fit Binance's 36 characters");
        }
        return id;
    }

    /** This installation's prefix, generated and stored on first use; every replica reads the same. */
    public String prefix() {
        String known = prefix;
        if (known != null) {
            return known;
        }
        String stored = read();
        if (stored == null) {
            StringBuilder generated = new StringBuilder(PREFIX_LENGTH);
            for (int i = 0; i < PREFIX_LENGTH; i++) {
                generated.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            try {
                jdbc.sql("INSERT INTO installation (name, setting) VALUES ('client-order-prefix', :value)")
                        .param("value", generated.toString())
                        .update();
            } catch (DuplicateKeyException anotherReplicaWasFirst) {
                // Fine: read what it stored.
            }
            stored = read();
        }
        prefix = stored;
        return stored;
    }

    private String read() {
        return jdbc.sql("SELECT setting FROM installation WHERE name = 'client-order-prefix'")
                .query(String.class)
                .optional()
                .orElse(null);
    }
}

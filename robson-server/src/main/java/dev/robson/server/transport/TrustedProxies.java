package dev.robson.server.transport;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The proxies (addresses or CIDR ranges, {@code ROBSON_TRUSTED_PROXIES}) whose
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} Robson believes. Nobody else's: a
 * forwarded header from anywhere else is just text the client chose.
 */
public final class TrustedProxies {

    private final List<IpAddressMatcher> ranges;

    public TrustedProxies(String commaSeparated) {
        this.ranges = commaSeparated == null
                ? List.of()
                : Arrays.stream(commaSeparated.split(","))
                        .map(String::trim)
                        .filter(entry -> !entry.isEmpty())
                        .map(IpAddressMatcher::new)
                        .toList();
    }

    public boolean any() {
        return !ranges.isEmpty();
    }

    public boolean trusts(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return ranges.stream().anyMatch(range -> range.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /**
     * The client behind a trusted proxy: walking {@code X-Forwarded-For} from the right (the
     * hop our proxy added), the first address that is not itself a trusted proxy. Entries to
     * its left were written by the client and may be forged, so they are never taken.
     */
    public String clientBehind(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::trim)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!looksLikeAddress(hop)) {
                return peer;
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.getFirst();
    }

    private static boolean looksLikeAddress(String hop) {
        return hop.length() <= 45 && hop.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }
}

package dev.robson.server.market;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param quoteTtl            how long a quote is reused before the exchange is asked again
 * @param refreshAhead        how long before expiry a busy symbol's quote is refreshed in the background
 *                            (at most half the TTL is used)
 * @param maxStaleAge         how long the last good quote may stand in while the exchange fails
 * @param redisUrl            the shared cache ({@code REDIS_URL}); blank means this process only
 * @param pricePerSecond      sustained price requests a tenant may make per second
 * @param priceBurst          how many price requests a tenant may make at once
 * @param maxCandles          the most candles one history request may return
 * @param maxCachedCandles    the most candles the history cache holds in all, which bounds its memory
 * @param historyPerMinute    sustained history requests a tenant may make per minute
 * @param historyBurst        how many history requests a tenant may make at once
 * @param levelsPerMinute     sustained support analyses a tenant may ask for per minute
 * @param levelsBurst         how many support analyses a tenant may ask for at once
 * @param planPerMinute       sustained entry plans (saved or dry runs) a tenant may make per minute
 * @param planBurst           how many entry plans a tenant may make at once
 */
@ConfigurationProperties("robson.market-data")
public record MarketDataProperties(
        Duration quoteTtl,
        Duration refreshAhead,
        Duration maxStaleAge,
        String redisUrl,
        int pricePerSecond,
        int priceBurst,
        int maxCandles,
        long maxCachedCandles,
        int historyPerMinute,
        int historyBurst,
        @DefaultValue("60") int levelsPerMinute,
        @DefaultValue("20") int levelsBurst,
        @DefaultValue("30") int planPerMinute,
        @DefaultValue("10") int planBurst) {}

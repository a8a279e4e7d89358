import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator: requests are scheduled at a fixed arrival rate whatever the
 * server does, and each latency is measured from the request's scheduled time, not from when
 * it was sent. A server that stalls for 100 ms therefore shows every request that should have
 * gone out meanwhile as late, as its users would see it (no coordinated omission). Each
 * request runs on a virtual thread; HdrHistogram records the latencies exactly.
 *
 * <pre>
 * java -cp HdrHistogram.jar bench/openloop/OpenLoop.java --url http://127.0.0.1:8080 \
 *      --path /api/market/price/BTCUSDC/ --rate 1000 --duration 30 --warmup 10 \
 *      --header "Authorization: Bearer ..."
 * </pre>
 *
 * Prints one line of {@code key value} pairs per phase (warm-up is not recorded) for scripts,
 * then a readable summary. Bounded: at most {@code --max-in-flight} requests at once (10,000);
 * a request that cannot start because of that bound counts as an error with its full latency.
 */
public final class OpenLoop {

    private static final long HIGHEST_NANOS = Duration.ofSeconds(60).toNanos();

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpRequest> requests = new ArrayList<>();
        for (String path : options.paths) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(options.url + path))
                    .timeout(Duration.ofSeconds(options.timeoutSeconds)).GET();
            options.headers.forEach(header -> {
                int colon = header.indexOf(':');
                builder.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            });
            requests.add(builder.build());
        }
        if (options.warmupSeconds > 0) {
            run(http, requests, options, options.warmupSeconds);
        }
        Phase measured = run(http, requests, options, options.durationSeconds);
        measured.print(options);
    }

    private static Phase run(HttpClient http, List<HttpRequest> requests, Options options, double seconds)
            throws InterruptedException {
        Phase phase = new Phase();
        Semaphore inFlight = new Semaphore(options.maxInFlight);
        long intervalNanos = Math.round(1e9 / options.rate);
        long count = Math.round(seconds * options.rate);
        long start = System.nanoTime() + Duration.ofMillis(20).toNanos();
        for (long i = 0; i < count; i++) {
            long scheduled = start + i * intervalNanos;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            phase.recordLaunchDelay(System.nanoTime() - scheduled);
            HttpRequest request = requests.get((int) (i % requests.size()));
            if (!inFlight.tryAcquire()) {
                phase.error(System.nanoTime() - scheduled, "too many in flight");
                continue;
            }
            Thread.ofVirtual().start(() -> {
                long sent = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    long done = System.nanoTime();
                    if (response.statusCode() / 100 == 2) {
                        phase.ok(done - scheduled, done - sent);
                    } else {
                        phase.error(done - scheduled, "HTTP " + response.statusCode());
                    }
                } catch (Exception failed) {
                    phase.error(System.nanoTime() - scheduled, failed.getClass().getSimpleName());
                } finally {
                    inFlight.release();
                }
            });
        }
        // Every request ends (timeout bounded) before the phase is reported.
        inFlight.acquire(options.maxInFlight);
        inFlight.release(options.maxInFlight);
        phase.elapsedNanos = System.nanoTime() - start;
        return phase;
    }

    /** What one phase measured. */
    private static final class Phase {
        final Histogram latency = new ConcurrentHistogram(HIGHEST_NANOS, 3);
        final Histogram service = new ConcurrentHistogram(HIGHEST_NANOS, 3);
        final AtomicLong errors = new AtomicLong();
        // What each error was (a status, an exception), so a failed run says why it failed.
        final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        final AtomicLong maxLaunchDelay = new AtomicLong();
        long elapsedNanos;

        void ok(long fromScheduled, long fromSent) {
            latency.recordValue(Math.min(fromScheduled, HIGHEST_NANOS));
            service.recordValue(Math.min(fromSent, HIGHEST_NANOS));
        }

        void error(long fromScheduled, String kind) {
            errors.incrementAndGet();
            errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
            latency.recordValue(Math.min(fromScheduled, HIGHEST_NANOS));
        }

        void recordLaunchDelay(long nanos) {
            maxLaunchDelay.accumulateAndGet(nanos, Math::max);
        }

        void print(Options options) {
            double secs = elapsedNanos / 1e9;
            long total = latency.getTotalCount();
            System.out.printf(Locale.ROOT,
                    "RESULT rate_target %.0f rate_done %.1f requests %d errors %d p50_ms %.3f p90_ms %.3f p95_ms %.3f "
                            + "p99_ms %.3f p999_ms %.3f max_ms %.3f service_p99_ms %.3f launch_lag_max_ms %.3f%n",
                    options.rate, total / secs, total, errors.get(), ms(latency, 50), ms(latency, 90), ms(latency, 95),
                    ms(latency, 99), ms(latency, 99.9), latency.getMaxValue() / 1e6, ms(service, 99),
                    maxLaunchDelay.get() / 1e6);
            System.out.printf(Locale.ROOT, "open loop %.0f req/s for %.1f s: %d requests, %d errors%s%n", options.rate,
                    secs, total, errors.get(), errorKinds.isEmpty() ? "" : " " + new TreeMap<>(errorKinds));
            System.out.printf(Locale.ROOT,
                    "latency from scheduled time: p50 %.2f ms, p90 %.2f, p95 %.2f, p99 %.2f, p99.9 %.2f, max %.2f%n",
                    ms(latency, 50), ms(latency, 90), ms(latency, 95), ms(latency, 99), ms(latency, 99.9),
                    latency.getMaxValue() / 1e6);
            System.out.printf(Locale.ROOT, "service time (from send, for contrast): p50 %.2f ms, p99 %.2f ms%n",
                    ms(service, 50), ms(service, 99));
            System.out.printf(Locale.ROOT,
                    "generator: worst launch lag %.2f ms (included in the latencies above)%n",
                    maxLaunchDelay.get() / 1e6);
        }

        private static double ms(Histogram histogram, double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1e6;
        }
    }

    private record Options(String url, List<String> paths, List<String> headers, double rate, double durationSeconds,
            double warmupSeconds, int maxInFlight, int timeoutSeconds) {

        static Options parse(String[] args) {
            String url = null;
            List<String> paths = new ArrayList<>();
            List<String> headers = new ArrayList<>();
            double rate = 100;
            double duration = 10;
            double warmup = 0;
            int maxInFlight = 10_000;
            int timeout = 10;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--url" -> url = value;
                    case "--path" -> paths.add(value);
                    case "--header" -> headers.add(value);
                    case "--rate" -> rate = Double.parseDouble(value);
                    case "--duration" -> duration = Double.parseDouble(value);
                    case "--warmup" -> warmup = Double.parseDouble(value);
                    case "--max-in-flight" -> maxInFlight = Integer.parseInt(value);
                    case "--timeout" -> timeout = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (url == null || paths.isEmpty() || rate <= 0 || duration <= 0 || duration > 600) {
                throw new IllegalArgumentException(
                        "usage: --url URL --path PATH [--path ...] [--rate N] [--duration S<=600] [--warmup S] [--header 'K: V']");
            }
            return new Options(url.replaceAll("/+$", ""), List.copyOf(paths), List.copyOf(headers), rate, duration,
                    warmup, maxInFlight, timeout);
        }
    }
}

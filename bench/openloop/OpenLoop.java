import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator: requests are scheduled at a fixed arrival rate whatever the
 * server does, and each latency is measured from the request's scheduled time, not from when
 * it was sent. A server that stalls for 100 ms therefore shows every request that should have
 * gone out meanwhile as late, as its users would see it (no coordinated omission). Requests go
 * over {@code --connections} keep-alive sockets (256), each with its own thread and plain
 * blocking reads: cheap enough that the generator does not starve the server it shares two
 * cores with (the JDK's HttpClient spent more CPU per request than the server did).
 * HdrHistogram records the latencies exactly.
 *
 * <pre>
 * java -cp HdrHistogram.jar bench/openloop/OpenLoop.java --url http://127.0.0.1:8080 \
 *      --path /api/market/price/BTCUSDC/ --rate 1000 --duration 30 --warmup 10 \
 *      --header "Authorization: Bearer ..."
 * </pre>
 *
 * Prints one line of {@code key value} pairs per phase (warm-up is not recorded) for scripts,
 * then a readable summary. Bounded: at most {@code --max-in-flight} requests waiting (10,000); a
 * request that cannot wait because of that bound counts as an error with its full latency.
 */
public final class OpenLoop {

    private static final long HIGHEST_NANOS = Duration.ofSeconds(60).toNanos();

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        URI base = URI.create(options.url);
        List<byte[]> requests = new ArrayList<>();
        for (String path : options.paths) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\n");
            options.headers.forEach(header -> request.append(header.trim()).append("\r\n"));
            requests.add(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        }
        if (options.warmupSeconds > 0) {
            run(base, requests, options, options.warmupSeconds);
        }
        run(base, requests, options, options.durationSeconds).print(options);
    }

    /**
     * Due requests wait in a queue for one of {@code --connections} keep-alive connections, each
     * driven by its own thread with blocking reads: a request's latency runs from its scheduled
     * time, so the time it waited for a free connection counts, as a user's wait would.
     */
    private static Phase run(URI base, List<byte[]> requests, Options options, double seconds)
            throws InterruptedException {
        Phase phase = new Phase();
        BlockingQueue<long[]> due = new LinkedBlockingQueue<>();
        long count = Math.round(seconds * options.rate);
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < options.connections; c++) {
            connections.add(Thread.ofPlatform().daemon().start(() -> serve(base, requests, options, due, phase)));
        }
        long intervalNanos = Math.round(1e9 / options.rate);
        long start = System.nanoTime() + Duration.ofMillis(20).toNanos();
        for (long i = 0; i < count; i++) {
            long scheduled = start + i * intervalNanos;
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            phase.recordLaunchDelay(System.nanoTime() - scheduled);
            if (due.size() >= options.maxInFlight) {
                phase.error(System.nanoTime() - scheduled, "too many waiting");
                continue;
            }
            due.add(new long[] {scheduled, i});
        }
        for (int c = 0; c < options.connections; c++) {
            due.add(new long[] {-1, -1}); // each connection ends after the requests before it
        }
        for (Thread connection : connections) {
            connection.join();
        }
        phase.elapsedNanos = System.nanoTime() - start;
        return phase;
    }

    private static void serve(URI base, List<byte[]> requests, Options options, BlockingQueue<long[]> due, Phase phase) {
        Connection connection = null;
        while (true) {
            long[] next;
            try {
                next = due.take();
            } catch (InterruptedException stopped) {
                return;
            }
            if (next[0] < 0) {
                if (connection != null) {
                    connection.close();
                }
                return;
            }
            long scheduled = next[0];
            try {
                if (connection == null) {
                    connection = new Connection(base, options.timeoutSeconds);
                }
                byte[] request = requests.get((int) (next[1] % requests.size()));
                long sent = System.nanoTime();
                int status;
                try {
                    status = connection.exchange(request);
                } catch (StaleConnection stale) {
                    // The server closed this idle keep-alive connection before the request reached
                    // it (nothing was answered): send it again on a new one, as HTTP clients do
                    // for an idempotent GET. Its latency still counts from the scheduled time.
                    connection.close();
                    connection = new Connection(base, options.timeoutSeconds);
                    status = connection.exchange(request);
                }
                long done = System.nanoTime();
                if (status / 100 == 2) {
                    phase.ok(done - scheduled, done - sent);
                } else {
                    phase.error(done - scheduled, "HTTP " + status);
                }
                if (connection.closedByServer) {
                    connection.close();
                    connection = null;
                }
            } catch (IOException failed) {
                phase.error(System.nanoTime() - scheduled, failed.getClass().getSimpleName());
                if (connection != null) {
                    connection.close();
                }
                connection = null;
            }
        }
    }

    /** One keep-alive HTTP/1.1 connection: writes a request, reads its whole answer. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final BufferedInputStream in;
        boolean closedByServer;
        private int answered;

        Connection(URI base, int timeoutSeconds) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(timeoutSeconds * 1_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        int exchange(byte[] request) throws IOException {
            boolean reused = answered > 0;
            int first;
            try {
                out.write(request);
                out.flush();
                first = in.read();
            } catch (SocketException reset) {
                if (reused) {
                    throw new StaleConnection();
                }
                throw reset;
            }
            if (first < 0 && reused) {
                throw new StaleConnection();
            }
            String statusLine = (char) first + line();
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            long length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closedByServer = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else {
                skip(length);
            }
            answered++;
            return status;
        }

        private void skip(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("answer cut short");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed mid-answer");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to save
            }
        }
    }

    /** A reused keep-alive connection that the server had already closed: no answer began. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("keep-alive connection closed by the server before the request");
        }
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
            double warmupSeconds, int maxInFlight, int timeoutSeconds, int connections) {

        static Options parse(String[] args) {
            String url = null;
            List<String> paths = new ArrayList<>();
            List<String> headers = new ArrayList<>();
            double rate = 100;
            double duration = 10;
            double warmup = 0;
            int maxInFlight = 10_000;
            int timeout = 10;
            int connections = 256;
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
                    case "--connections" -> connections = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (url == null || paths.isEmpty() || rate <= 0 || duration <= 0 || duration > 600) {
                throw new IllegalArgumentException(
                        "usage: --url URL --path PATH [--path ...] [--rate N] [--duration S<=600] [--warmup S] [--header 'K: V']");
            }
            return new Options(url.replaceAll("/+$", ""), List.copyOf(paths), List.copyOf(headers), rate, duration,
                    warmup, maxInFlight, timeout, connections);
        }
    }
}

package dev.robson.cli;

import dev.robson.cli.api.ApiFailure;
import dev.robson.cli.api.HttpTransport;
import dev.robson.cli.api.Json;
import dev.robson.cli.api.JsonObject;
import dev.robson.cli.api.OperationEvent;
import dev.robson.cli.api.PushStream;
import dev.robson.cli.api.Reply;
import dev.robson.cli.api.RobsonApi;
import dev.robson.cli.api.ServerText;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code robson events}: what happened to the trader's operations (closing, orders, fills,
 * closed with reason and P&amp;L, needs attention), newest last. {@code --follow} keeps printing
 * new events as they happen, from the push stream, or by polling when it is unavailable; with
 * {@code --json} each event is then one JSON object per line.
 */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        description = "Show the latest operation events; --follow prints new ones as they happen.")
final class EventsCommand extends ServerCommand {

    /** How often --follow polls while the push stream is unavailable. */
    static final Duration POLL_EVERY = Duration.ofSeconds(2);

    @Option(names = "--follow", description = "Keep printing new events until Ctrl-C.")
    boolean follow;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "How many of the latest events to show first, 1 to 500 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 500) {
            throw CliFailure.usage("--limit is 1 to 500");
        }
        RobsonCommand root = root();
        CliEnvironment environment = root.environment();
        PrintWriter out = out();
        RobsonApi api = root.api();
        Reply<List<OperationEvent>> latest = api.events(null, limit);
        if (!follow) {
            return show(
                    latest,
                    events -> events.isEmpty()
                            ? List.of("No events yet.")
                            : events.stream()
                                    .map(event -> line(amounts(), event, environment))
                                    .toList());
        }
        long last = 0;
        Seen seen = new Seen();
        for (OperationEvent event : latest.value()) {
            print(out, event, environment);
            seen.add(event.id());
            last = Math.max(last, event.id());
        }
        out.flush();
        return follow(api, out, environment, last, seen);
    }

    /**
     * The ids already printed, the newest thousand: at least once, an event can come twice (a
     * replica that stopped mid-publish, a replay after a reconnect), and two replicas can publish
     * out of id order, so a repeat is recognised by its id, not by being older than the last.
     */
    private static final class Seen {
        private final LinkedHashSet<Long> ids = new LinkedHashSet<>();

        boolean add(long id) {
            if (!ids.add(id)) {
                return false;
            }
            if (ids.size() > 1000) {
                ids.remove(ids.iterator().next());
            }
            return true;
        }
    }

    private int follow(RobsonApi api, PrintWriter out, CliEnvironment environment, long after, Seen seen) {
        Thread follower = Thread.currentThread();
        AtomicBoolean stopped = new AtomicBoolean();
        long last = after;
        PushStream stream = null;
        long triedAt = System.nanoTime();
        try (StopSignal.Registration ignored = environment.stopSignal().onInterrupt(() -> {
            stopped.set(true);
            follower.interrupt();
        })) {
            stream = connect(api, last);
            if (stream == null) {
                err().println("robson: the push stream is unavailable; polling every " + POLL_EVERY.toSeconds() + " s");
                err().flush();
            }
            while (!stopped.get() && !Thread.currentThread().isInterrupted()) {
                if (stream != null && stream.live()) {
                    Optional<JsonObject> frame = stream.next(POLL_EVERY);
                    if (frame.isPresent()) {
                        Optional<OperationEvent> event = PushStream.event(frame.get());
                        if (event.isPresent() && seen.add(event.get().id())) {
                            print(out, event.get(), environment);
                            last = Math.max(last, event.get().id());
                        }
                    }
                    continue;
                }
                if (stream != null) {
                    err().println("robson: " + stream.endedBecause().orElse("the push stream ended")
                            + "; polling every " + POLL_EVERY.toSeconds() + " s");
                    err().flush();
                    stream.close();
                    stream = null;
                    triedAt = System.nanoTime();
                }
                try {
                    for (OperationEvent event : api.events(last, 500).value()) {
                        if (seen.add(event.id())) {
                            print(out, event, environment);
                            last = Math.max(last, event.id());
                        }
                    }
                } catch (ApiFailure failure) {
                    if (!failure.kind().retryable()) {
                        throw failure;
                    }
                    err().println("robson: " + Failures.describe(failure) + "; retrying");
                    err().flush();
                }
                Thread.sleep(POLL_EVERY.toMillis());
                if (System.nanoTime() - triedAt >= PushFollow.RETRY_EVERY.toNanos()) {
                    triedAt = System.nanoTime();
                    stream = connect(api, last);
                }
            }
        } catch (InterruptedException | HttpTransport.Cancelled stoppedWhileWaiting) {
            // Ctrl-C: a clean end.
        } finally {
            if (stream != null) {
                stream.close();
            }
            out.flush();
            Thread.interrupted();
        }
        return ExitCodes.OK;
    }

    private static PushStream connect(RobsonApi api, long after) {
        return api.stream(List.of(new PushStream.Subscription("events", after))).orElse(null);
    }

    private void print(PrintWriter out, OperationEvent event, CliEnvironment environment) {
        out.println(json.requested ? json(event) : line(root().amounts(), event, environment));
        out.flush();
    }

    /** One event as one compact JSON object, the fields as the API names them. */
    static String json(OperationEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", event.id());
        fields.put("operation_id", event.operationId());
        fields.put("symbol", event.symbol());
        fields.put("event", event.event());
        put(fields, "detail", event.detail());
        put(fields, "reason", event.reason());
        put(fields, "realized_pnl", event.realizedPnl());
        put(fields, "realized_pnl_net", event.realizedPnlNet());
        put(fields, "occurred_at", event.occurredAt());
        return Json.write(fields);
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
        }
    }

    static String line(Amounts amounts, OperationEvent event, CliEnvironment environment) {
        Style style = environment.terminal().style();
        String when = event.occurredAt() == null ? "" : when(event.occurredAt(), environment) + "  ";
        String what = switch (event.event()) {
            case "CLOSED" -> {
                String text = "CLOSED " + (event.reason() == null ? "" : event.reason());
                yield "TAKE_PROFIT".equals(event.reason())
                        ? style.green(text)
                        : "STOP_LOSS".equals(event.reason()) ? style.red(text) : style.bold(text);
            }
            case "NEEDS_ATTENTION" -> style.red("!! NEEDS_ATTENTION");
            default -> event.event();
        };
        StringBuilder line = new StringBuilder(when)
                .append(style.bold("#" + event.operationId()))
                .append(' ')
                .append(event.symbol())
                .append("  ")
                .append(what);
        if (event.realizedPnl() != null) {
            String quote = amounts.quoteOf(event.symbol(), event.quoteAsset());
            BigDecimal shown = event.realizedPnlNet() != null ? event.realizedPnlNet() : event.realizedPnl();
            line.append("  realized ").append(style.bySign(shown, amounts.signedMoney(shown, quote)));
            if (event.realizedPnlNet() != null) {
                line.append(style.dim(" net of fees"));
            }
        }
        if (event.detail() != null && !"CLOSED".equals(event.event())) {
            line.append("  ").append(style.dim(ServerText.inert(event.detail())));
        }
        return line.toString();
    }

    private static String when(String occurredAt, CliEnvironment environment) {
        try {
            return Times.dateTime(Instant.parse(occurredAt), environment.zone());
        } catch (DateTimeParseException notAnInstant) {
            return ServerText.inert(occurredAt);
        }
    }
}

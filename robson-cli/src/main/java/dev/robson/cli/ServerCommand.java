package dev.robson.cli;

import dev.robson.cli.api.Json;
import dev.robson.cli.api.PushStream;
import dev.robson.cli.api.Reply;
import dev.robson.cli.api.RobsonApi;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that talks to the server: it answers in human lines or, with {@code --json},
 * exactly one JSON document. Picocli reads the annotated fields of this class for every
 * subclass, so each command declares only its own options.
 */
abstract class ServerCommand implements Callable<Integer> {

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    /** The top-level command: server, session, API client and the process's environment. */
    final RobsonCommand root() {
        return RobsonCommand.of(spec);
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** How amounts read on this server: the first call asks the server, so only human lines call it. */
    final Amounts amounts() {
        return root().amounts();
    }

    final Terminal terminal() {
        return root().environment().terminal();
    }

    /**
     * The end of a command whose outcome is one answer of the server: printed as {@link
     * #printReply} does, and done (a refusal has already ended the command with its own code).
     */
    final <T> int show(Reply<T> reply, Function<T, List<String>> human) {
        printReply(reply, human);
        return ExitCodes.OK;
    }

    /** With {@code --json} the server's answer as it came (one document, nothing else); else the human lines. */
    final <T> void printReply(Reply<T> reply, Function<T, List<String>> human) {
        PrintWriter out = out();
        if (json.requested) {
            out.println(reply.json().strip());
        } else {
            human.apply(reply.value()).forEach(out::println);
        }
        out.flush();
    }

    /**
     * For a command whose outcome is no single answer of the server: with {@code --json} the
     * document it made of what happened, else the human lines.
     */
    final void printDocument(Map<String, Object> document, Supplier<List<String>> human) {
        PrintWriter out = out();
        if (json.requested) {
            out.println(Json.write(document));
        } else {
            human.get().forEach(out::println);
        }
        out.flush();
    }

    /** {@code --watch} redraws until Ctrl-C, which one JSON document cannot do. */
    final void refuseJsonWhileWatching(boolean watch) {
        if (watch && json.requested) {
            throw CliFailure.usage("--watch and --json do not mix: --json prints one document");
        }
    }

    /**
     * {@code --watch} on one push channel until Ctrl-C: each frame draws what the stream has of
     * it ({@code pushed}), or what {@code polled} asks the server while the stream is not live
     * or has sent no first frame in time.
     */
    final <T> int watch(
            Duration interval,
            RobsonApi api,
            String channel,
            Function<PushStream, Optional<T>> pushed,
            Supplier<T> polled,
            Function<T, List<String>> frame) {
        CliEnvironment environment = root().environment();
        Duration every = Intervals.checked(interval, environment);
        // Asked inside the loop: a server still down at the start is waited for, not a failure.
        try (PushFollow push = new PushFollow(() -> api.stream(List.of(PushStream.Subscription.of(channel))))) {
            return new Watch(out(), environment, every, push)
                    .run(() -> frame.apply(
                            push.latest(pushed, PushFollow.FIRST_FRAME).orElseGet(polled)));
        }
    }
}

package dev.robson.cli;

import dev.robson.cli.api.Json;
import dev.robson.cli.api.Reply;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** How every data command prints what the server answered. */
final class ReplyPrinter {

    private ReplyPrinter() {}

    /** With {@code --json} the server's answer as it came (one document, nothing else); else the human lines. */
    static <T> void print(PrintWriter out, Reply<T> reply, boolean asJson, Function<T, List<String>> human) {
        if (asJson) {
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
    static void print(PrintWriter out, Map<String, Object> document, boolean asJson, Supplier<List<String>> human) {
        if (asJson) {
            out.println(Json.write(document));
        } else {
            human.get().forEach(out::println);
        }
        out.flush();
    }
}

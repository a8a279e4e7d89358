package dev.robson.cli;

import dev.robson.cli.api.Reply;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

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
}

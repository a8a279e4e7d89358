package dev.robson.cli;

import dev.robson.cli.api.ServerText;

/** Text the server chose (names, hosts, errors), printed inert: no terminal controls, no bidi tricks. */
final class ServerTexts {

    private ServerTexts() {}

    static String inert(String text) {
        return text == null ? "" : ServerText.inert(text);
    }
}

package dev.robson.cli;

/** The characters of boxes and marks, in Unicode or in ASCII for terminals that are not UTF-8. */
record Glyphs(
        char horizontal,
        char vertical,
        char topLeft,
        char topRight,
        char bottomLeft,
        char bottomRight,
        char teeLeft,
        char teeRight,
        String dot,
        String up,
        String down,
        String warning) {

    static final Glyphs UNICODE = new Glyphs('═', '║', '╔', '╗', '╚', '╝', '╠', '╣', "·", "↑", "↓", "⚠");
    static final Glyphs ASCII = new Glyphs('=', '|', '+', '+', '+', '+', '+', '+', "-", "^", "v", "!");
}

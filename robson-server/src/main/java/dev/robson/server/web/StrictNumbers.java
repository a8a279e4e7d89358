package dev.robson.server.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids and bounds in paths and query strings are plain ASCII decimal digits. Spring's default
 * number editor also reads {@code 0x1}, {@code #1}, {@code " 1"} and other scripts' digits as 1,
 * so {@code POST /api/operations/0x1/close/} would close operation 1: a request that does not say
 * what it means is refused (400) instead. An editor, not a converter: Spring falls back to its
 * lenient default editor when a converter refuses a value.
 */
@ControllerAdvice
class StrictNumbers {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}");

    @InitBinder
    void plainDecimalsOnly(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new PlainDecimal(Long::valueOf));
        binder.registerCustomEditor(Long.class, new PlainDecimal(Long::valueOf));
        binder.registerCustomEditor(int.class, new PlainDecimal(Integer::valueOf));
        binder.registerCustomEditor(Integer.class, new PlainDecimal(Integer::valueOf));
    }

    private static final class PlainDecimal extends PropertyEditorSupport {

        private final Function<String, Number> parse;

        PlainDecimal(Function<String, Number> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || !DECIMAL.matcher(text).matches()) {
                throw new IllegalArgumentException("not a plain decimal number");
            }
            setValue(parse.apply(text)); // NumberFormatException (an IllegalArgumentException) past the type's range
        }
    }
}

package dev.robson.cli.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads from one JSON object of the server. A missing required field or a field of
 * the wrong type is a {@link MissingFieldException}: the server and the CLI disagree about
 * the contract, which the CLI reports as a server error rather than showing a wrong number.
 */
public record JsonObject(Map<String, Object> fields) {

    static JsonObject of(Map<?, ?> fields) {
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> copy.put(String.valueOf(name), value));
        return new JsonObject(copy);
    }

    public String text(String name) {
        return optionalText(name).orElseThrow(() -> missing(name, "text"));
    }

    public Optional<String> optionalText(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            // Every string a command shows is read here: escapes (\u001b) that JSON allows
            // become inert before they can reach a terminal.
            return Optional.of(ServerText.inert(text));
        }
        throw missing(name, "text");
    }

    /** An amount, price or percentage: a JSON string (the contract) or, leniently, a number. */
    public BigDecimal decimal(String name) {
        return optionalDecimal(name).orElseThrow(() -> missing(name, "decimal"));
    }

    public Optional<BigDecimal> optionalDecimal(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof BigDecimal number) {
            return Optional.of(number);
        }
        if (value instanceof String text) {
            try {
                return Optional.of(ServerText.decimal(text.trim()));
            } catch (NumberFormatException | ArithmeticException notANumber) {
                throw missing(name, "decimal");
            }
        }
        throw missing(name, "decimal");
    }

    public long whole(String name) {
        Object value = fields.get(name);
        if (value instanceof BigDecimal number) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException fractional) {
                throw missing(name, "whole number");
            }
        }
        throw missing(name, "whole number");
    }

    public boolean flag(String name) {
        return fields.get(name) instanceof Boolean bool && bool;
    }

    public JsonObject object(String name) {
        if (fields.get(name) instanceof Map<?, ?> nested) {
            return of(nested);
        }
        throw missing(name, "object");
    }

    /** An array of strings; empty when absent. */
    public List<String> texts(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items && items.stream().allMatch(String.class::isInstance)) {
            return items.stream().map(String.class::cast).toList();
        }
        throw missing(name, "array of strings");
    }

    public List<JsonObject> objects(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream()
                    .map(item -> {
                        if (item instanceof Map<?, ?> nested) {
                            return of(nested);
                        }
                        throw missing(name, "array of objects");
                    })
                    .toList();
        }
        throw missing(name, "array");
    }

    private static MissingFieldException missing(String name, String type) {
        return new MissingFieldException("field '" + name + "' is missing or not a " + type);
    }

    /** The server's answer lacks a field the contract promises. */
    public static final class MissingFieldException extends RuntimeException {
        MissingFieldException(String message) {
            super(message);
        }
    }
}

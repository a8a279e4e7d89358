package dev.robson.cli.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * This object as the record whose components name its fields (camelCase here, snake_case on
     * the wire), each read by its type: text, decimal, whole number, flag, a nested record or a
     * list of them, a list of texts. A {@link Nullable} component is null when the field is
     * absent; any other is required, so an answer that lacks it is refused, never half-read.
     */
    public <R extends Record> R as(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components).map(this::read).toArray();
        try {
            return type.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(values);
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(refused.getCause());
        } catch (ReflectiveOperationException notARecordOfThisPackage) {
            throw new IllegalStateException(notARecordOfThisPackage);
        }
    }

    private Object read(RecordComponent component) {
        String name = component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        Class<?> type = component.getType();
        if (component.isAnnotationPresent(Nullable.class) && fields.get(name) == null) {
            return null;
        }
        if (type == String.class) {
            return text(name);
        }
        if (type == BigDecimal.class) {
            return decimal(name);
        }
        if (type == long.class || type == Long.class) {
            return whole(name);
        }
        if (type == boolean.class) {
            return flag(name);
        }
        if (type.isRecord()) {
            return object(name).as(type.asSubclass(Record.class));
        }
        if (type == List.class
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            if (element == String.class) {
                return texts(name);
            }
            if (element.isRecord()) {
                return list(name, element.asSubclass(Record.class));
            }
        }
        throw new IllegalArgumentException("no JSON reading for " + component);
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

    /** An array of strings, each made inert as {@link #optionalText} makes one; empty when absent. */
    public List<String> texts(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items && items.stream().allMatch(String.class::isInstance)) {
            return items.stream().map(String.class::cast).map(ServerText::inert).toList();
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

    /** An array of objects, each read as the record {@code type} ({@link #as}); empty when absent. */
    public <R extends Record> List<R> list(String name, Class<R> type) {
        return objects(name).stream().map(item -> item.as(type)).toList();
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

package dev.robson.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks real answers of the server against its own OpenAPI document: the status must be
 * documented for the operation, the media type must be the documented one, and the body must
 * match the schema — types, formats, required properties, and no property the document does
 * not name. Written for the subset of JSON Schema the server's document uses, and strict
 * about it: a keyword it does not know is a violation, not a pass.
 */
public final class OpenApiDocument {

    private static final Set<String> KNOWN_KEYWORDS = Set.of(
            "type",
            "format",
            "pattern",
            "properties",
            "required",
            "items",
            "$ref",
            "enum",
            "description",
            "additionalProperties",
            "exclusiveMinimum",
            "minimum",
            "maximum",
            "minLength",
            "maxLength",
            "example",
            "default",
            "title");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final Set<String> exercised = new TreeSet<>();

    public OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** The checked-in {@code docs/openapi.json} (kept equal to the served one by OpenApiDocumentTest). */
    public static Path checkedInPath() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/openapi.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no docs/openapi.json above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/openapi.json");
    }

    public static OpenApiDocument checkedIn() {
        try {
            return new OpenApiDocument(JSON.readTree(Files.readString(checkedInPath())));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Every documented operation as {@code "GET /api/…/"}. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .propertyNames()
                        .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    public Set<String> exercised() {
        return exercised;
    }

    /** What is wrong with this answer to {@code method template}; empty when it conforms. */
    public List<String> violations(String method, String template, ApiClient.Reply reply) {
        exercised.add(method + " " + template);
        return violations(method, template, reply.status(), reply.contentType(), reply.body());
    }

    /** The same for an answer kept as text, e.g. a client's test fixture. */
    public List<String> violations(String method, String template, int status, String contentType, String body) {
        List<String> violations = new ArrayList<>();
        String where = method + " " + template + " → " + status;
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of(where + ": the operation is not documented");
        }
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            return List.of(where + ": status not documented (documented: "
                    + operation.path("responses").propertyNames() + ")");
        }
        JsonNode content = response.path("content");
        String mediaType = contentType.split(";")[0].trim();
        if (content.isMissingNode() || content.isEmpty()) {
            if (!body.isEmpty()) {
                violations.add(where + ": documented without a body, but answered " + mediaType);
            }
            return violations;
        }
        JsonNode schema = content.path(mediaType).path("schema");
        if (schema.isMissingNode()) {
            return List.of(where + ": media type " + mediaType + " not documented (documented: "
                    + content.propertyNames() + ")");
        }
        check(schema, JSON.readTree(body), "$", violations, where);
        return violations;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> violations, String where) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            check(document.path("components").path("schemas").path(name), value, at, violations, where);
            return;
        }
        schema.propertyNames().stream()
                .filter(keyword -> !KNOWN_KEYWORDS.contains(keyword))
                .forEach(
                        keyword -> violations.add(where + " " + at + ": schema keyword '" + keyword + "' not checked"));
        Set<String> types = types(schema);
        if (value.isNull()) {
            if (!types.contains("null")) {
                violations.add(where + " " + at + ": null where " + types + " is documented");
            }
            return;
        }
        if (!types.isEmpty() && types.stream().noneMatch(type -> matches(type, value))) {
            violations.add(where + " " + at + ": " + value.getNodeType() + " where " + types + " is documented");
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                violations.add(where + " " + at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isString()) {
            checkString(schema, value.asString(), at, violations, where);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", violations, where);
            }
        } else if (value.isObject()) {
            checkObject(schema, value, at, violations, where);
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String at, List<String> violations, String where) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asString())) {
                violations.add(where + " " + at + ": required property '" + required.asString() + "' is missing");
            }
        }
        boolean open = schema.path("additionalProperties").asBoolean(false);
        value.properties().forEach(property -> {
            JsonNode propertySchema = properties.path(property.getKey());
            if (propertySchema.isMissingNode()) {
                if (!open) {
                    violations.add(where + " " + at + ": property '" + property.getKey() + "' is not documented");
                }
            } else {
                check(propertySchema, property.getValue(), at + "." + property.getKey(), violations, where);
            }
        });
    }

    private static void checkString(JsonNode schema, String text, String at, List<String> violations, String where) {
        if (schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asString())
                        .matcher(text)
                        .find()) {
            violations.add(where + " " + at + ": \"" + text + "\" does not match "
                    + schema.get("pattern").asString());
        }
        if ("date-time".equals(schema.path("format").asString(""))) {
            try {
                OffsetDateTime.parse(text);
            } catch (DateTimeParseException notATime) {
                violations.add(where + " " + at + ": \"" + text + "\" is not an RFC 3339 date-time");
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        return types;
    }

    private static boolean matches(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            default -> false;
        };
    }
}

package dev.robson.server.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes the generated document say what the server does, where the generator cannot see it:
 * one path per endpoint (the server also answers without the trailing slash, an alias not
 * worth documenting twice), JSON media types instead of {@code *}{@code /*}, the session
 * endpoints open, and the problem+json answers each kind of endpoint can give.
 */
final class ApiContract implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "Problem";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        Paths canonical = new Paths();
        new TreeMap<>(api.getPaths()).forEach((path, item) -> {
            boolean alias = !path.endsWith("/") && api.getPaths().containsKey(path + "/");
            if (!alias) {
                canonical.addPathItem(path, item);
                item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation));
            }
        });
        api.setPaths(canonical);
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.values().forEach(ApiContract::jsonOnly);
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            jsonOnly(operation.getRequestBody().getContent());
        }
        boolean session = path.startsWith("/api/auth/");
        if (session) {
            operation.setSecurity(List.of()); // a login needs no token; refresh and logout use the cookie or body
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean mutation = method != PathItem.HttpMethod.GET;
        Map<String, String> problems = new LinkedHashMap<>();
        if (hasInput || session) {
            problems.put("400", "Malformed request: a missing, unknown or ill-typed field or parameter");
        }
        if (!session) {
            problems.put("401", "Missing, invalid or expired access token");
        } else if (!path.equals("/api/auth/logout")) {
            problems.put(
                    "401",
                    path.equals("/api/auth/token")
                            ? "Wrong username or password"
                            : "The refresh token is missing, expired, revoked or reused");
        }
        if (path.contains("{")) {
            problems.put("404", "No such resource for this tenant");
        }
        if (mutation && path.startsWith("/api/operations/{")) {
            problems.put("409", "The operation's state does not allow this change");
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", "The request body is larger than the server accepts");
        }
        if (mutation && (path.startsWith("/api/operations/") || path.equals("/api/alerts/targets/"))) {
            problems.put("422", "A trading rule refuses the request; `code` names the rule");
        }
        if (path.startsWith("/api/market/price/")
                || path.startsWith("/api/historical-data/")
                || path.equals("/api/auth/token")) {
            problems.put("429", "Too many requests: wait for Retry-After seconds");
        }
        problems.put("503", "A dependency (database, exchange, key store) is unavailable: retry after Retry-After");
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(description));
            }
        });
        responses.addApiResponse("default", problem("Unexpected failure, with an incident id"));
    }

    private static void jsonOnly(ApiResponse response) {
        if (response.getContent() != null) {
            jsonOnly(response.getContent());
        }
    }

    private static void jsonOnly(Content content) {
        MediaType any = content.remove("*/*");
        if (any != null) {
            content.addMediaType("application/json", any);
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    /** RFC 9457 with Robson's stable {@code code}. */
    private static Schema<?> problemSchema() {
        Schema<?> schema = new ObjectSchema().description("RFC 9457 problem details with a stable machine `code`");
        schema.addProperty("type", new StringSchema().format("uri"));
        schema.addProperty("title", new StringSchema());
        schema.addProperty("status", new IntegerSchema());
        schema.addProperty("detail", new StringSchema());
        schema.addProperty("instance", new StringSchema());
        schema.addProperty(
                "code", new StringSchema().description("Stable machine-readable reason, e.g. invalid_protection"));
        schema.addProperty(
                "errors",
                new ArraySchema()
                        .description("Per-field messages of a 400 invalid_request")
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema())
                                .addProperty("message", new StringSchema())));
        schema.setRequired(new ArrayList<>(List.of("title", "status", "code")));
        schema.setAdditionalProperties(Boolean.TRUE);
        return schema;
    }
}

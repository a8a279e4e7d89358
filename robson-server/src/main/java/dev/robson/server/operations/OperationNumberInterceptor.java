package dev.robson.server.operations;

import dev.robson.server.auth.CurrentTenant;
import dev.robson.server.problem.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The API names operations by the tenant's own numbers (#1, #2, ...); storage by one global
 * id. Every {@code /api/operations/{id}/...} route is translated here, before its controller
 * runs, so each endpoint (today's and any added later) receives the storage id while callers
 * only ever see and send numbers. A number the tenant does not have is 404, as a foreign
 * operation always was.
 */
class OperationNumberInterceptor implements HandlerInterceptor {

    static final String ROUTES = "/api/operations/*/**";

    private final OperationRepository operations;

    OperationNumberInterceptor(OperationRepository operations) {
        this.operations = operations;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String presented = variables == null ? null : variables.get("id");
        if (presented == null || !presented.matches("[1-9][0-9]{0,17}")) {
            return true; // not an operation route, or a malformed id the controller refuses (400)
        }
        var tenant = CurrentTenant.get();
        if (tenant.isEmpty()) {
            return true; // the controller's tenant resolution answers 401
        }
        long number = Long.parseLong(presented);
        long id = operations
                .idOfNumber(tenant.get().tenantId(), number)
                .orElseThrow(
                        () -> ApiProblem.notFound("operation_not_found", "Operation " + number + " does not exist."));
        Map<String, String> translated = new HashMap<>(variables);
        translated.put("id", Long.toString(id));
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, translated);
        return true;
    }
}

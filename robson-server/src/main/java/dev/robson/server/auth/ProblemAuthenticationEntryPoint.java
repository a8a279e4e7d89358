package dev.robson.server.auth;

import dev.robson.server.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 as problem+json. The detail stays generic: telling a caller why a forged token failed
 * (signature? issuer?) only helps the forger.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final JsonMapper json;

    ProblemAuthenticationEntryPoint(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean tokenPresented = failure instanceof InvalidBearerTokenException;
        String code = tokenPresented ? "invalid_token" : "unauthenticated";
        String detail = tokenPresented
                ? "The access token is invalid or expired."
                : "Log in and send the access token as 'Authorization: Bearer <token>'.";
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.UNAUTHORIZED, code, detail));
    }
}

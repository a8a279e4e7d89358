package dev.robson.server.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document (served at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui.html}) and checked in as {@code docs/openapi.json}, so the CLI, the web
 * app and the docs share one contract and a change to it shows in review.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI robsonApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Robson API")
                        .version("0.1")
                        .description("Positions, prices, candles, account and operations of a trader's Binance spot"
                                + " positions. Amounts and prices are decimal strings. Errors are"
                                + " application/problem+json with a stable `code`."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("The access_token from POST /api/auth/token")))
                // Relative, so the document is the same whichever host serves it.
                .servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}

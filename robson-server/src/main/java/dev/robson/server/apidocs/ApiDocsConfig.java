package dev.robson.server.apidocs;

import dev.robson.server.auth.Tenant;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
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

    static {
        // The tenant comes from the access token, never from the request: not a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Tenant.class);
        // Every amount and price travels as a decimal string in plain notation.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        BigDecimal.class, new StringSchema().format("decimal").pattern("^-?[0-9]+(\\.[0-9]+)?$"));
    }

    @Bean
    RecordSchemas recordSchemas() {
        return new RecordSchemas();
    }

    @Bean
    ApiContract apiContract() {
        return new ApiContract();
    }

    @Bean
    OpenAPI robsonApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Robson API")
                        .version("0.1")
                        .description("Positions, prices, candles, account and operations of a trader's Binance spot"
                                + " positions. Amounts and prices are decimal strings. Errors are"
                                + " application/problem+json with a stable `code`."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("The access_token from POST /api/auth/token")))
                // Relative, so the document is the same whichever host serves it.
                .servers(List.of(new Server().url("/")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}

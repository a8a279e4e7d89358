package dev.robson.server.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

@Configuration(proxyBeanMethods = false)
class JsonConfig {

    /**
     * Amounts and prices travel as JSON strings in plain notation ("0.00033", never 3.3E-4),
     * so no client ever parses money into a binary floating-point number.
     */
    @Bean
    JsonMapperBuilderCustomizer decimalsAsPlainStrings() {
        return builder -> builder.withConfigOverride(
                        BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // "side": 0 must not silently mean BUY.
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // Nor may 12345 or true pass for a text field such as a symbol or an API key.
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}

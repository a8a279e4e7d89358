package dev.robson.server.apidocs;

import dev.robson.server.problem.JsonNames;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Describes the API's records the way the server really writes and reads them: property
 * names in snake_case (the server's Jackson naming strategy), and every component required
 * unless it is marked {@link Nullable} — the server omits null fields, so a component that can
 * be null is exactly one that can be absent.
 */
final class RecordSchemas implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || !raw.isRecord()) {
            return resolved;
        }
        Schema<?> model = resolved.get$ref() == null
                ? resolved
                : context.getDefinedModels()
                        .get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        if (model != null && model.getProperties() != null) {
            describe(raw, model);
        }
        return resolved;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Class<?> record, Schema model) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        Map<String, Schema> existing = model.getProperties();
        for (RecordComponent component : record.getRecordComponents()) {
            String javaName = component.getName();
            String jsonName = JsonNames.snakeCase(javaName);
            Schema property = existing.containsKey(jsonName) ? existing.get(jsonName) : existing.get(javaName);
            if (property == null) {
                continue; // not serialized (ignored by Jackson)
            }
            properties.put(jsonName, property);
            if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                required.add(jsonName);
            }
        }
        model.setProperties(properties);
        model.setRequired(required.isEmpty() ? null : required);
    }
}

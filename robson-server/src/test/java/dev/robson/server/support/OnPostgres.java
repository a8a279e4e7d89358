package dev.robson.server.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The annotated test class runs against a private schema of its own in the real PostgreSQL
 * ({@link PostgresDatabase}), dropped after the class: its server's datasource and Flyway are
 * pointed there before the context starts, so each class gets its own context and clean tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextCustomizerFactories(OnPostgres.Schema.class)
@ExtendWith(OnPostgres.Schema.class)
public @interface OnPostgres {

    /** Points the context at the class's schema, and drops that schema once the class is done. */
    final class Schema implements ContextCustomizerFactory, AfterAllCallback {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            if (!TestContextAnnotationUtils.hasAnnotation(testClass, OnPostgres.class)) {
                return null;
            }
            return new Customizer(PostgresDatabase.of(testClass));
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            PostgresDatabase.of(context.getRequiredTestClass()).drop();
        }
    }

    /** Equal for one class only, so no other class shares its context (and with it the schema). */
    record Customizer(PostgresDatabase database) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("postgres-schema", database.properties()));
        }
    }
}

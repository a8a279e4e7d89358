package dev.robson.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;

/** The core must stay usable without Spring, Jackson or a database driver. */
class CoreHasNoFrameworkTest {

    private static final ArchRule NO_FRAMEWORK = noClasses()
            .that()
            .resideInAPackage("dev.robson.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "com.fasterxml..",
                    "tools.jackson..",
                    "java.sql..",
                    "javax.sql..",
                    "jakarta..");

    @Test
    void coreClassesDependOnNoFrameworkOrPersistenceApi() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.robson.core");

        assertThat(core).as("production classes were imported").isNotEmpty();
        NO_FRAMEWORK.check(core);
    }

    @Test
    void ruleFlagsACoreClassThatUsesJdbcTypes() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyRepository.class);

        assertThat(NO_FRAMEWORK.evaluate(leaky).hasViolation()).isTrue();
    }

    /** Stands in for a class that would drag java.sql into the core. */
    static final class LeakyRepository {
        Timestamp savedAt;
    }
}

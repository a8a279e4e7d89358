package dev.robson.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings arrive one way and beans are made in two places only: docs/configuration-rules.md. */
@AnalyzeClasses(packages = "dev.robson", importOptions = ImportOption.DoNotIncludeTests.class)
class ConfigurationRulesTest {

    @ArchTest
    static final ArchRule settingsAreTypedProperties = noClasses()
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Value.class)
            .because("a setting is a field of a @ConfigurationProperties record, bound and documented once");

    @ArchTest
    static final ArchRule beanMethodsLiveInConfigClasses = methods()
            .that()
            .areAnnotatedWith(Bean.class)
            .should()
            .beDeclaredInClassesThat()
            .haveSimpleNameEndingWith("Config")
            .because("a bean is either component-scanned or declared in a *Config class");

    @ArchTest
    static final ArchRule configurationClassesAreNamedConfig = classes()
            .that()
            .areAnnotatedWith(Configuration.class)
            .and()
            .areNotAnnotatedWith(EnableAutoConfiguration.class)
            .should()
            .haveSimpleNameEndingWith("Config")
            .because("only a context's root is a configuration class by another name");
}

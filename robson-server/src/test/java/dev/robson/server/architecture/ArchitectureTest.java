package dev.robson.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

/** Dependencies point inward: controllers talk to services, services to repositories. */
@AnalyzeClasses(packages = "dev.robson", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersDoNotTouchTheDatabase = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
            .because("web adapters go through an application service, which owns transactions and tenancy");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheServer = noClasses()
            .that()
            .resideInAPackage("dev.robson.core..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.robson.server..");

    @ArchTest
    static final ArchRule featuresFormNoCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("dev.robson.server.(*)..")
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule noDependencyOnTestOrDemoFromFeatures = noClasses()
            .that()
            .resideInAnyPackage(
                    "dev.robson.server.portfolio..",
                    "dev.robson.server.operations..",
                    "dev.robson.server.auth..",
                    "dev.robson.server.market..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.robson.server.demo..")
            .because("the demo seeds data through the features, never the other way round");
}

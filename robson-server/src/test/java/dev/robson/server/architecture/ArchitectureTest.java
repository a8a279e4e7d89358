package dev.robson.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.robson.server.RobsonApplication;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * The server's module rules, checked on every build. Features define the ports they need
 * (MarketFeed, OrderExecutor, AccountSource, PriceWatcher, …) and {@code exchange} implements
 * them; controllers talk to services, services to repositories; feature packages form no cycle.
 * {@link ArchitectureRulesCanFailTest} shows each rule rejecting a class that breaks it.
 */
@AnalyzeClasses(packages = "dev.robson", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String SERVER = "dev.robson.server.";

    @ArchTest
    static final ArchRule controllersDoNotTouchTheDatabase = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
            .because("web adapters go through an application service, which owns transactions and tenancy");

    @ArchTest
    static final ArchRule controllersUseNoOtherFeaturesRepository = classes()
            .that()
            .areAnnotatedWith(RestController.class)
            .should(useNoRepositoryOfAnotherFeature())
            .because("another feature's data is reached through that feature's service, which keeps its rules"
                    + " (tenancy, numbering, transactions) in one place");

    @ArchTest
    static final ArchRule onlyTheExchangeKnowsTheExchange = noClasses()
            .that()
            .resideOutsideOfPackage(SERVER + "exchange..")
            .and()
            .doNotBelongToAnyOf(RobsonApplication.class)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SERVER + "exchange..")
            .because("features define the ports they need and the exchange implements them, so the simulated"
                    + " market, paper trading and tests stand in for Binance without touching a feature");

    @ArchTest
    static final ArchRule theBinanceClientServesOnlyTheExchangeAdapters = classes()
            .that()
            .resideInAPackage(SERVER + "exchange.binance..")
            .should()
            .onlyHaveDependentClassesThat()
            .resideInAnyPackage(SERVER + "exchange", SERVER + "exchange.binance..", SERVER + "exchange.stream..")
            .because("Binance's wire types (payloads, weights, its errors) stop at the adapters that map them"
                    + " to the features' ports");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheServer = noClasses()
            .that()
            .resideInAPackage("dev.robson.core..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.robson.server..")
            .because("the trading domain is shared by the server and the CLI and runs without either");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching(SERVER + "(*)..")
            .should()
            .beFreeOfCycles()
            .because("a feature can then be read, tested and changed knowing only what it depends on");

    @ArchTest
    static final ArchRule noDependencyOnTestOrDemoFromFeatures = noClasses()
            .that()
            .resideInAnyPackage(SERVER + "portfolio..", SERVER + "operations..", SERVER + "auth..", SERVER + "market..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(SERVER + "demo..")
            .because("the demo seeds data through the features, never the other way round");

    /** The top-level package under {@code dev.robson.server} a class belongs to, if any. */
    static Optional<String> featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(SERVER)) {
            return Optional.empty();
        }
        String rest = name.substring(SERVER.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isRepository(JavaClass type) {
        return type.isAnnotatedWith(Repository.class) || type.getSimpleName().endsWith("Repository");
    }

    private static ArchCondition<JavaClass> useNoRepositoryOfAnotherFeature() {
        return new ArchCondition<>("use no repository of another feature") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                Optional<String> own = featureOf(controller);
                for (Dependency dependency : controller.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> theirs = featureOf(target);
                    if (isRepository(target) && theirs.isPresent() && !theirs.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}

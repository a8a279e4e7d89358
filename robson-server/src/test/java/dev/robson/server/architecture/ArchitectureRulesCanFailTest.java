package dev.robson.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.robson.server.exchange.binance.BinanceClient;
import dev.robson.server.operations.OperationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Each module rule of {@link ArchitectureTest} rejects a class that breaks it, and lets the rest be. */
class ArchitectureRulesCanFailTest {

    @Test
    void aControllerReadingAnotherFeaturesRepositoryIsRefused() {
        assertThat(violated(
                        ArchitectureTest.controllersUseNoOtherFeaturesRepository,
                        ControllerReadingOperations.class,
                        OperationRepository.class))
                .isTrue();
    }

    @Test
    void aControllerUsingItsOwnFeaturesRepositoryIsAllowed() {
        assertThat(violated(
                        ArchitectureTest.controllersUseNoOtherFeaturesRepository,
                        ControllerWithItsOwnRepository.class,
                        OwnRepository.class))
                .isFalse();
    }

    @Test
    void aFeatureCallingTheExchangeIsRefused() {
        assertThat(violated(
                        ArchitectureTest.onlyTheExchangeKnowsTheExchange,
                        FeatureCallingBinance.class,
                        BinanceClient.class))
                .isTrue();
    }

    @Test
    void theBinanceClientUsedOutsideTheExchangeAdaptersIsRefused() {
        assertThat(violated(
                        ArchitectureTest.theBinanceClientServesOnlyTheExchangeAdapters,
                        FeatureCallingBinance.class,
                        BinanceClient.class))
                .isTrue();
    }

    private static boolean violated(ArchRule rule, Class<?>... imported) {
        JavaClasses classes = new ClassFileImporter().importClasses(imported);
        return rule.evaluate(classes).hasViolation();
    }

    /** Stands in for a controller of one feature that reads another feature's table. */
    @RestController
    static final class ControllerReadingOperations {
        OperationRepository operations;
    }

    @Repository
    static final class OwnRepository {}

    @RestController
    static final class ControllerWithItsOwnRepository {
        OwnRepository repository;
    }

    /** Stands in for a feature that would call Binance itself instead of defining a port. */
    static final class FeatureCallingBinance {
        BinanceClient binance;
    }
}

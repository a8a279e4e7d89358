package dev.robson.server.exchange;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The waits the stream tests rely on fail when they should. */
class EventuallyTest {

    @Test
    void neverFailsAtTheFirstSightingEvenIfItPassesAgain() {
        AtomicInteger looks = new AtomicInteger();

        assertThatThrownBy(() -> Eventually.never(Duration.ofMillis(300), "a blip", () -> looks.incrementAndGet() == 3))
                .hasMessageContaining("happened: a blip");
    }

    @Test
    void neverHoldsWhenNothingHappens() {
        assertThatCode(() -> Eventually.never(Duration.ofMillis(50), "nothing", () -> false))
                .doesNotThrowAnyException();
    }

    @Test
    void withinFailsPastItsDeadline() {
        assertThatThrownBy(() -> Eventually.within(Duration.ofMillis(50), "the impossible", () -> false))
                .hasMessageContaining("the impossible");
    }
}

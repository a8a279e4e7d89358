package dev.robson.server.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guarantee behind sharing a positions valuation: nobody is answered from a read that began
 * before it asked, and callers waiting together share the next read.
 */
class SharedFreshReadsTest {

    private final SharedFreshReads<Long, Integer> reads = new SharedFreshReads<>();
    private final AtomicInteger readsBegun = new AtomicInteger();
    private final CountDownLatch firstReadMayEnd = new CountDownLatch(1);
    private final CountDownLatch firstReadBegun = new CountDownLatch(1);

    /** The first read holds until the test lets it end; later ones answer at once. Each answers its own number. */
    private final Supplier<Integer> reader = () -> {
        int number = readsBegun.incrementAndGet();
        if (number == 1) {
            firstReadBegun.countDown();
            awaitQuietly(firstReadMayEnd);
        }
        return number;
    };

    @AfterEach
    void releaseAnyHeldRead() {
        firstReadMayEnd.countDown();
    }

    @Test
    void callsOneAfterAnotherEachGetTheirOwnRead() {
        firstReadMayEnd.countDown();

        assertThat(reads.read(7L, reader)).isEqualTo(1);
        assertThat(reads.read(7L, reader)).isEqualTo(2);
        assertThat(readsBegun).hasValue(2);
    }

    @Test
    void aCallerArrivingDuringAReadIsNotAnsweredFromIt() throws Exception {
        CompletableFuture<Integer> first = firstRead(reader);
        CompletableFuture<Integer> arrivedDuring = waiter(reader);

        firstReadMayEnd.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(arrivedDuring.get(5, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void callersWaitingTogetherShareTheNextRead() throws Exception {
        CompletableFuture<Integer> first = firstRead(reader);
        CompletableFuture<Integer> b = waiter(reader);
        CompletableFuture<Integer> c = waiter(reader);

        firstReadMayEnd.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(b.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(c.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(readsBegun).as("one read for the two who waited").hasValue(2);
    }

    @Test
    void aFailedReadIsNotSharedEachWaiterReadsForItself() throws Exception {
        Supplier<Integer> failingFirst = () -> {
            int number = readsBegun.incrementAndGet();
            if (number == 1) {
                firstReadBegun.countDown();
                awaitQuietly(firstReadMayEnd);
                throw new IllegalStateException("database unreachable");
            }
            return number;
        };
        CompletableFuture<Integer> first = firstRead(failingFirst);
        CompletableFuture<Integer> waiting = waiter(failingFirst);

        firstReadMayEnd.countDown();

        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("database unreachable");
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void anotherTenantDoesNotWaitForThisOnesRead() throws Exception {
        CompletableFuture<Integer> held = firstRead(reader);

        assertThat(reads.read(8L, () -> 42)).isEqualTo(42);

        assertThat(held).isNotDone();
        firstReadMayEnd.countDown();
        assertThat(held.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    }

    /** Tenant 7's first read, begun and held until the test lets it end. */
    private CompletableFuture<Integer> firstRead(Supplier<Integer> read) throws InterruptedException {
        CompletableFuture<Integer> first = inThread(7L, read, new Thread[1]);
        assertThat(firstReadBegun.await(5, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    /** A caller for tenant 7 that has asked and now waits for the read under way. */
    private CompletableFuture<Integer> waiter(Supplier<Integer> read) {
        Thread[] caller = new Thread[1];
        CompletableFuture<Integer> answer = inThread(7L, read, caller);
        awaitParked(caller[0]);
        return answer;
    }

    private CompletableFuture<Integer> inThread(long key, Supplier<Integer> read, Thread[] started) {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        started[0] = Thread.ofPlatform().start(() -> {
            try {
                result.complete(reads.read(key, read));
            } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    /** The thread has asked and now waits for the read under way. */
    private static void awaitParked(Thread thread) {
        await().atMost(Duration.ofSeconds(5)).until(() -> thread.getState() == Thread.State.WAITING);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

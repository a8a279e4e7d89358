package dev.robson.server.events;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One virtual thread that runs a round of work every {@code every}, or at once when woken (a
 * commit that wrote something to send), until stopped. Wake-ups that come while a round runs
 * collapse into one more round. A round that throws is handed to {@code failed} and the next
 * round comes as usual: the owner decides what a failure is worth saying. The outbox relay and
 * the alert dispatcher are both one of these around their own claim and send.
 */
public final class PollingWorker {

    /** One round; an interruption ends the worker. */
    @FunctionalInterface
    public interface Round {
        void run() throws InterruptedException;
    }

    private final String threadName;
    private final Duration every;
    private final Round round;
    private final Consumer<RuntimeException> failed;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public PollingWorker(String threadName, Duration every, Round round, Consumer<RuntimeException> failed) {
        this.threadName = threadName;
        this.every = every;
        this.round = round;
        this.failed = failed;
    }

    /** Runs a round now instead of at the next tick. */
    public void wakeUp() {
        wakeUps.release();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofVirtual().name(threadName).start(this::loop);
    }

    /** Stops taking rounds and waits a moment for the one under way. */
    public synchronized void stop() {
        running = false;
        wakeUps.release();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** False from the moment {@link #stop()} is called: a round checks it between batches. */
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                wakeUps.tryAcquire(every.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                if (!running) {
                    return;
                }
                round.run();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                failed.accept(failure);
            }
        }
    }
}

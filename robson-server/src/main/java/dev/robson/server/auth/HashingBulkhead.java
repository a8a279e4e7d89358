package dev.robson.server.auth;

import dev.robson.server.problem.ApiProblem;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password checks take turns. BCrypt is deliberately slow (tens of ms of CPU each); with
 * virtual threads nothing else bounds how many run at once, so 32 concurrent wrong logins took
 * every core and slowed every other request. Only a few run at a time here, and a login that
 * cannot get a turn soon is answered 429 at once, having cost nothing.
 */
@Component
class HashingBulkhead {

    private final PasswordEncoder passwords;
    private final Semaphore turns;
    private final Duration wait;

    HashingBulkhead(PasswordEncoder passwords, AuthProperties auth) {
        this.passwords = passwords;
        int concurrent = auth.concurrentPasswordChecks();
        // Half the cores by default: the other half keeps serving prices and positions.
        int permits =
                concurrent > 0 ? concurrent : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.turns = new Semaphore(permits, true);
        this.wait = auth.passwordCheckWait();
    }

    boolean matches(String password, String hash) {
        boolean turn;
        try {
            turn = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw ApiProblem.tooManyRequests("login_busy", "Too many logins at once; retry in a second.", 1);
        }
        try {
            return passwords.matches(password, hash);
        } finally {
            turns.release();
        }
    }
}

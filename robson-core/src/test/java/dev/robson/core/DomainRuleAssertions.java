package dev.robson.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Refusals as clients see them: a {@link DomainRuleViolation} and its stable code. */
public final class DomainRuleAssertions {

    private DomainRuleAssertions() {}

    /** Fails unless {@code action} breaks the rule named {@code code}; checks of the message chain on. */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertRuleViolation(
            ThrowingCallable action, String code) {
        return assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(code));
    }
}

package dev.robson.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DomainRuleViolationTest {

    @Test
    void carriesMachineCodeAndHumanMessage() {
        DomainRuleViolation violation = new DomainRuleViolation("invalid_quantity", "quantity is off step");

        assertThat(violation.code()).isEqualTo("invalid_quantity");
        assertThat(violation).hasMessage("quantity is off step").isInstanceOf(RuntimeException.class);
    }

    @Test
    void refusesBlankCode() {
        assertThatThrownBy(() -> new DomainRuleViolation(" ", "message")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DomainRuleViolation(null, "message")).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.robson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void instantsReadInTheUsersZone() {
        long asOf = CliRun.NOW.getEpochSecond();

        assertThat(Times.dateTime(asOf, ZoneOffset.UTC)).isEqualTo("2026-01-05 12:00:00 Z");
        assertThat(Times.clock(asOf, ZoneOffset.UTC)).isEqualTo("12:00:00");
        assertThat(Times.clock(CliRun.NOW, ZoneId.of("Asia/Tokyo"))).isEqualTo("21:00:00");
    }
}

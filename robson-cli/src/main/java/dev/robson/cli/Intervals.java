package dev.robson.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code --interval}: {@code 500ms}, {@code 2s}, {@code 1m}, or a bare number of seconds. */
final class Intervals implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,6})(ms|s|m)?");

    @Override
    public Duration convert(String value) {
        Matcher matcher = INTERVAL.matcher(value.strip());
        if (!matcher.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an interval such as 500ms, 2s or 1m");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    static Duration checked(Duration interval, CliEnvironment environment) {
        if (interval.compareTo(environment.shortestInterval()) < 0) {
            throw CliFailure.usage("--interval must be at least " + Watch.spoken(environment.shortestInterval()));
        }
        return interval;
    }
}

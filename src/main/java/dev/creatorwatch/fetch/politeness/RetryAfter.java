package dev.creatorwatch.fetch.politeness;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} value: delta-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The instant before which we must not retry, never earlier than {@code now} and never later than
     * {@code now + cap} (a hostile or broken server must not park an account for years). Empty if absent or unreadable.
     */
    public static Optional<Instant> parse(String value, Instant now, Duration cap) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        Instant until;
        if (v.matches("\\d{1,12}")) {
            until = now.plusSeconds(Long.parseLong(v));
        } else {
            try {
                until = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Instant latest = now.plus(cap);
        if (until.isAfter(latest)) {
            return Optional.of(latest);
        }
        return Optional.of(until.isBefore(now) ? now : until);
    }
}

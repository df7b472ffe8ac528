package dev.creatorwatch.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Parses query parameters with field-level errors naming the parameter, so a typo never silently widens a filter. */
public final class QueryParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private QueryParams() {
    }

    /** Comma-separated or repeated values, each parsed by {@code parse}; an unknown one is a 422. */
    public static <T> List<T> list(String name, List<String> raw, Function<String, Optional<T>> parse) {
        List<T> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String group : raw) {
            for (String v : group.split(",")) {
                if (v.isBlank()) {
                    continue;
                }
                out.add(parse.apply(v).orElseThrow(() -> ApiException.invalid(name, "has an unknown value '"
                        + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'")));
            }
        }
        return out;
    }

    public static <T> T one(String name, String raw, Function<String, Optional<T>> parse) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return list(name, List.of(raw), parse).stream().findFirst().orElse(null);
    }

    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 instant such as 2026-11-25T00:00:00Z");
        }
    }

    public static int limit(Integer raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        if (raw < 1 || raw > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return raw;
    }
}

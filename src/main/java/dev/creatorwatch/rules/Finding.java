package dev.creatorwatch.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a rule module found on a snapshot.
 *
 * @param key        what makes this finding distinct within the rule and account (for example the protected identity
 *                   it imitates); "" when the rule raises at most one alert per account. Part of the alert's dedup key.
 * @param confidence 0..1, how sure the module is; scales the alert's risk score
 * @param reason     one or two sentences a marketer can read, naming the numbers that matter
 * @param evidence   the structured facts behind the reason (values, thresholds, snapshot times)
 */
public record Finding(String key, double confidence, String reason, Map<String, Object> evidence) {

    public Finding {
        key = key == null ? "" : key;
        Objects.requireNonNull(reason, "reason");
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    public static Finding of(String reason, double confidence, Map<String, Object> evidence) {
        return new Finding("", confidence, reason, evidence);
    }
}

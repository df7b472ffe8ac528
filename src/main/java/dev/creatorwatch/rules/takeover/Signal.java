package dev.creatorwatch.rules.takeover;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change between two snapshots that takeovers and account sales typically cause.
 *
 * @param id       stable name of the signal family ("displayName", "link", ...)
 * @param weight   how much it adds to the takeover score (from the rule's parameters)
 * @param clause   the change in plain words, to be joined into a sentence ("the bio was rewritten (12% similar)")
 * @param evidence before → after values and the measures behind the clause
 */
public record Signal(String id, double weight, String clause, Map<String, Object> evidence) {

    public Signal {
        evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}

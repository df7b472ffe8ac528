package dev.creatorwatch.rules;

import dev.creatorwatch.creator.Tier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code parameters:} block of a rule file, read with typed accessors. A missing or mistyped parameter throws
 * {@link RuleDefinitionException} naming {@code parameters.<name>}, so modules can check their parameters once at
 * load time ({@link RuleModule#validate}) and read them without defensive code at evaluation time.
 */
public final class RuleParameters {

    private final Map<String, Object> values;

    public RuleParameters(Map<String, Object> values) {
        this.values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static RuleParameters empty() {
        return new RuleParameters(Map.of());
    }

    /** The parameters as written in the rule file; also how they appear in the API. */
    @com.fasterxml.jackson.annotation.JsonValue
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public double number(String name) {
        return toDouble(name, require(name));
    }

    public double number(String name, double defaultValue) {
        return has(name) ? number(name) : defaultValue;
    }

    public long integer(String name) {
        double d = number(name);
        if (d != Math.rint(d)) {
            throw invalid(name, "must be a whole number, was " + d);
        }
        return (long) d;
    }

    public long integer(String name, long defaultValue) {
        return has(name) ? integer(name) : defaultValue;
    }

    public String text(String name) {
        Object v = require(name);
        if (!(v instanceof String s)) {
            throw invalid(name, "must be text");
        }
        return s;
    }

    public String text(String name, String defaultValue) {
        return has(name) ? text(name) : defaultValue;
    }

    public boolean flag(String name, boolean defaultValue) {
        if (!has(name)) {
            return defaultValue;
        }
        Object v = values.get(name);
        if (!(v instanceof Boolean b)) {
            throw invalid(name, "must be true or false");
        }
        return b;
    }

    public List<String> textList(String name) {
        if (!has(name)) {
            return List.of();
        }
        Object v = values.get(name);
        if (!(v instanceof List<?> list)) {
            throw invalid(name, "must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object v = require(name);
        if (!(v instanceof Map<?, ?> m)) {
            throw invalid(name, "must be a mapping");
        }
        return (Map<String, Object>) m;
    }

    /**
     * A per-tier number, written in the rule file as {@code name: {nano: 0.02, micro: 0.015, ...}}; a tier that is
     * not listed takes the {@code default} entry when present.
     */
    public double byTier(String name, Tier tier) {
        Map<String, Object> m = map(name);
        String key = tier.name().toLowerCase(Locale.ROOT);
        Object v = m.containsKey(key) ? m.get(key) : m.get("default");
        if (v == null) {
            throw invalid(name + "." + key, "is missing and there is no default");
        }
        return toDouble(name + "." + key, v);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw invalid(name, "is required");
        }
        return v;
    }

    private static double toDouble(String name, Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw invalid(name, "must be a number, was '" + v + "'");
    }

    private static RuleDefinitionException invalid(String name, String problem) {
        return new RuleDefinitionException("parameters." + name, "parameters." + name + " " + problem);
    }
}

package dev.creatorwatch.rules.engagement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.creatorwatch.creator.Tier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The typical engagement rate (mean likes + comments per recent post, as a share of followers) of each tier, as read
 * from {@link TierEngagementNorms#FILE}. Refuses a table that could not be what it claims: a tier without a rate, a
 * name that is no tier, a rate outside (0, 1) (4.5 for 4.5 % would flag every account), or a larger tier with a
 * higher rate than a smaller one (larger audiences engage less; that order is the point of per-tier norms).
 */
public final class EngagementNormTable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> FIELDS = Set.of("about", "source", "norms");
    /** Smallest audience first. */
    private static final List<Tier> TIERS = List.of(Tier.EMERGING, Tier.NANO, Tier.MICRO, Tier.MACRO, Tier.MEGA);

    private final Map<Tier, Double> norms;

    private EngagementNormTable(Map<Tier, Double> norms) {
        this.norms = norms;
    }

    /** Reads a table; the messages are meant for whoever edits the file. */
    public static EngagementNormTable parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("must be a JSON object with \"norms\"");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("\"" + name + "\" is not a field of the table (fields: about, "
                        + "source, norms)");
            }
        }
        JsonNode given = root.path("norms");
        if (!given.isObject()) {
            throw new IllegalArgumentException("\"norms\" must map each tier to its typical rate, e.g. "
                    + "{\"nano\": 0.045, ...}");
        }
        Map<Tier, Double> norms = new EnumMap<>(Tier.class);
        for (Map.Entry<String, JsonNode> e : given.properties()) {
            Tier tier = TIERS.stream().filter(t -> name(t).equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("\"" + e.getKey() + "\" in norms is not a tier "
                            + "(tiers: " + tierNames() + "); an account whose tier is unknown has no typical rate"));
            JsonNode v = e.getValue();
            if (!v.isNumber() || !(v.asDouble() > 0 && v.asDouble() < 1)) {
                throw new IllegalArgumentException("norms." + e.getKey() + " must be a share of followers between 0 "
                        + "and 1 (0.045 for 4.5 %), was " + v);
            }
            norms.put(tier, v.asDouble());
        }
        List<String> missing = new ArrayList<>();
        TIERS.stream().filter(t -> !norms.containsKey(t)).forEach(t -> missing.add(name(t)));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no typical rate for " + String.join(", ", missing)
                    + " (every tier needs one: " + tierNames() + ")");
        }
        for (int i = 1; i < TIERS.size(); i++) {
            Tier smaller = TIERS.get(i - 1);
            Tier larger = TIERS.get(i);
            if (norms.get(larger) > norms.get(smaller)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s (%s) is higher than %s (%s), "
                        + "but larger audiences engage less; are two values swapped?", name(larger),
                        norms.get(larger), name(smaller), norms.get(smaller)));
            }
        }
        return new EngagementNormTable(norms);
    }

    /** The typical rate of the tier; empty for {@link Tier#UNKNOWN}. */
    public OptionalDouble of(Tier tier) {
        Double v = norms.get(tier);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static String name(Tier t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    private static String tierNames() {
        return String.join(", ", TIERS.stream().map(EngagementNormTable::name).toList());
    }
}

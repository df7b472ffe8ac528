package dev.creatorwatch.rules.brandsafety;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.json.Json;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code <name>.profile.json} file:
 * <pre>{"name": "default", "description": "...", "defaultMinimumLevel": "medium", "minimumLevel": {"drugs": "high"}}</pre>
 * Unknown keys, categories and levels are refused: a misspelt category would otherwise silently fall back to the
 * default level.
 */
public final class SuitabilityProfileReader {

    private static final Set<String> FIELDS = Set.of("name", "description", "defaultMinimumLevel", "minimumLevel");

    private SuitabilityProfileReader() {
    }

    public static SuitabilityProfile read(String fileName, String content) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new BrandSafetyDataException(fileName + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BrandSafetyDataException(fileName + ": a profile must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String f = field.getKey();
            if (!FIELDS.contains(f)) {
                throw new BrandSafetyDataException(fileName + ": unknown field '" + f + "' (known: " + FIELDS + ")");
            }
        }
        String name = text(root, "name", fileName);
        if (!fileName.endsWith(name + ".profile.json")) {
            throw new BrandSafetyDataException(fileName + ": field 'name' must match the file name (" + name
                    + ".profile.json)");
        }
        RiskLevel defaultLevel = level(text(root, "defaultMinimumLevel", fileName), fileName + ": defaultMinimumLevel");
        Map<GarmCategory, RiskLevel> minimum = new EnumMap<>(GarmCategory.class);
        JsonNode levels = root.get("minimumLevel");
        if (levels != null && !levels.isNull()) {
            if (!levels.isObject()) {
                throw new BrandSafetyDataException(fileName + ": 'minimumLevel' must be an object");
            }
            for (Map.Entry<String, JsonNode> e : levels.properties()) {
                GarmCategory c = GarmCategory.fromId(e.getKey()).orElseThrow(() -> new BrandSafetyDataException(
                        fileName + ": minimumLevel names unknown category '" + e.getKey() + "' (known: "
                                + GarmCategory.knownIds() + ")"));
                minimum.put(c, level(e.getValue().asText(), fileName + ": minimumLevel." + e.getKey()));
            }
        }
        JsonNode description = root.get("description");
        return new SuitabilityProfile(name, description == null ? "" : description.asText(), defaultLevel, minimum);
    }

    private static String text(JsonNode root, String field, String fileName) {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new BrandSafetyDataException(fileName + ": field '" + field + "' is required text");
        }
        return n.asText().strip();
    }

    private static RiskLevel level(String value, String where) {
        return RiskLevel.fromName(value).orElseThrow(() -> new BrandSafetyDataException(
                where + " must be one of low, medium, high, floor, was '" + value + "'"));
    }
}

package dev.creatorwatch.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.creatorwatch.creator.Platform;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates one rule file. Errors name the file, the line and the field, because the people who fix them
 * are analysts editing YAML, not developers reading stack traces.
 */
public final class RuleFileReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> KNOWN_FIELDS = Set.of("id", "title", "module", "version", "status", "level",
            "description", "falsepositives", "references", "tags", "author", "date", "modified", "platforms",
            "parameters");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RuleFileReader() {
    }

    /**
     * @param fileName the file's name relative to the rules folder, used in messages and checked against the id
     * @param content  the YAML text
     */
    public static RuleDefinition read(String fileName, String content) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RuleDefinitionException("", fileName + ":1: a rule file must be a YAML mapping");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int line = p.currentLocation().getLineNr();
                p.nextToken();
                JsonNode value = p.readValueAsTree();
                if (fields.put(name, value == null ? YAML.nullNode() : value) != null) {
                    throw fail(fileName, line, name, "appears twice");
                }
                lines.put(name, line);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new RuleDefinitionException("", fileName + ":" + line + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuleDefinitionException("", fileName + ": cannot be read: " + e.getMessage());
        }
        return new Fields(fileName, fields, lines).toDefinition();
    }

    private static RuleDefinitionException fail(String file, int line, String field, String problem) {
        return new RuleDefinitionException(field, file + ":" + line + ": field '" + field + "' " + problem);
    }

    /** The parsed top-level fields of one file with their line numbers. */
    private record Fields(String file, Map<String, JsonNode> values, Map<String, Integer> lines) {

        RuleDefinition toDefinition() {
            for (String name : values.keySet()) {
                if (!KNOWN_FIELDS.contains(name)) {
                    throw fail(file, line(name), name, "is not a rule field (known: " + String.join(", ",
                            KNOWN_FIELDS.stream().sorted().toList()) + ")");
                }
            }
            String id = requiredText("id");
            if (!ID.matcher(id).matches()) {
                throw fail(file, line("id"), "id", "must be lower-case words joined by '-', was '" + id + "'");
            }
            String baseName = file.substring(file.lastIndexOf('/') + 1);
            if (!baseName.equals(id + ".yaml")) {
                throw fail(file, line("id"), "id", "must match the file name (" + id + ".yaml)");
            }
            int version = requiredInt("version");
            if (version < 1) {
                throw fail(file, line("version"), "version", "must be 1 or more");
            }
            RuleStatus status = enumValue("status", RuleStatus.class);
            Severity level = Severity.fromName(requiredText("level"))
                    .orElseThrow(() -> fail(file, line("level"), "level",
                            "must be one of informational, low, medium, high, critical"));
            Set<Platform> platforms = EnumSet.noneOf(Platform.class);
            for (String p : textList("platforms")) {
                platforms.add(Platform.fromName(p).orElseThrow(
                        () -> fail(file, line("platforms"), "platforms", "names an unknown platform '" + p + "'")));
            }
            JsonNode params = values.get("parameters");
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (params != null && !params.isNull()) {
                if (!params.isObject()) {
                    throw fail(file, line("parameters"), "parameters", "must be a mapping");
                }
                parameters = YAML.convertValue(params, YAML.getTypeFactory()
                        .constructMapType(LinkedHashMap.class, String.class, Object.class));
            }
            return new RuleDefinition(id, requiredText("title"), requiredText("module"), version, status, level,
                    requiredText("description"), textList("falsepositives"), textList("references"),
                    textList("tags"), optionalText("author"), date("date", true), date("modified", false), platforms,
                    new RuleParameters(parameters), file);
        }

        private int line(String field) {
            return lines.getOrDefault(field, 1);
        }

        private String requiredText(String field) {
            JsonNode n = values.get(field);
            if (n == null || n.isNull()) {
                throw fail(file, line(field), field, "is required");
            }
            if (!n.isValueNode() || n.asText().isBlank()) {
                throw fail(file, line(field), field, "must be non-empty text");
            }
            return n.asText().trim();
        }

        private String optionalText(String field) {
            JsonNode n = values.get(field);
            return n == null || n.isNull() ? null : n.asText();
        }

        private int requiredInt(String field) {
            JsonNode n = values.get(field);
            if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
                throw fail(file, line(field), field, n == null ? "is required" : "must be a whole number");
            }
            return n.asInt();
        }

        private <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            String v = requiredText(field);
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (E c : type.getEnumConstants()) {
                    allowed.add(c.name().toLowerCase(Locale.ROOT));
                }
                throw fail(file, line(field), field, "must be one of " + String.join(", ", allowed) + ", was '" + v + "'");
            }
        }

        private List<String> textList(String field) {
            JsonNode n = values.get(field);
            if (n == null || n.isNull()) {
                return List.of();
            }
            if (!n.isArray()) {
                throw fail(file, line(field), field, "must be a list");
            }
            List<String> out = new ArrayList<>();
            n.forEach(e -> out.add(e.asText()));
            return List.copyOf(out);
        }

        private LocalDate date(String field, boolean required) {
            String v = required ? requiredText(field) : optionalText(field);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v.replace('/', '-'));
            } catch (DateTimeParseException e) {
                throw fail(file, line(field), field, "must be a date like 2026-11-25, was '" + v + "'");
            }
        }
    }
}

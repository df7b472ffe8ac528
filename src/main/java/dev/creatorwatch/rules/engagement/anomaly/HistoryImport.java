package dev.creatorwatch.rules.engagement.anomaly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.Observation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an account's past counts, exported from elsewhere, so a newly watched account does not start blind. CSV with
 * a header ({@code date,followers,following,posts[,total_likes]}, other columns ignored) or JSON (an array of objects
 * with the same names). Dates are {@code YYYY-MM-DD} (midnight UTC) or ISO instants. Returns observations oldest
 * first; rows with a repeated date keep the first. Errors name the row and the column.
 */
public final class HistoryImport {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_CHARS = 4 * 1024 * 1024;

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("date", "date"), Map.entry("timestamp", "date"), Map.entry("at", "date"),
            Map.entry("day", "date"), Map.entry("followers", "followers"), Map.entry("follower_count", "followers"),
            Map.entry("following", "following"), Map.entry("follows", "following"),
            Map.entry("following_count", "following"), Map.entry("posts", "posts"), Map.entry("media", "posts"),
            Map.entry("media_count", "posts"), Map.entry("total_likes", "totalLikes"),
            Map.entry("likes", "totalLikes"));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown for input that cannot be imported; the message is meant for the person who uploaded it. */
    public static final class ImportException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ImportException(String message) {
            super(message);
        }
    }

    private HistoryImport() {
    }

    /** Detects JSON (starts with '[') or CSV. */
    public static List<Observation> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ImportException("the history file is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new ImportException("the history file is larger than " + MAX_CHARS + " characters");
        }
        String t = text.strip();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        return t.startsWith("[") ? json(t) : csv(t);
    }

    private static List<Observation> csv(String text) {
        List<Observation> out = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            for (CSVRecord r : parser) {
                if (out.size() >= MAX_ROWS) {
                    throw new ImportException("more than " + MAX_ROWS + " rows");
                }
                String where = "row " + (r.getRecordNumber() + 1);
                Profile.Builder b = Profile.builder();
                Instant at = null;
                for (Map.Entry<String, String> c : columns.entrySet()) {
                    String v = r.isSet(c.getKey()) ? r.get(c.getKey()) : "";
                    at = apply(b, c.getValue(), v, where, at);
                }
                out.add(observation(at, b, where));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports broken quoting as UncheckedIOException while iterating
            throw new ImportException("not a readable CSV history: " + e.getMessage());
        }
        return finish(out);
    }

    private static List<Observation> json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(JSON.getFactory().copy().setStreamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8).build()).createParser(text));
        } catch (JsonProcessingException e) {
            throw new ImportException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isArray()) {
            throw new ImportException("a JSON history must be an array of objects");
        }
        if (root.size() > MAX_ROWS) {
            throw new ImportException("more than " + MAX_ROWS + " rows");
        }
        List<Observation> out = new ArrayList<>();
        int i = 0;
        for (JsonNode row : root) {
            String where = "item " + (++i);
            if (!row.isObject()) {
                throw new ImportException(where + " is not an object");
            }
            Profile.Builder b = Profile.builder();
            Instant at = null;
            for (Map.Entry<String, JsonNode> f : row.properties()) {
                String field = ALIASES.get(f.getKey().strip().toLowerCase(Locale.ROOT));
                if (field != null && !f.getValue().isNull()) {
                    if (f.getValue().isContainerNode()) {
                        throw new ImportException(where + ": " + f.getKey() + " must be a plain value");
                    }
                    at = apply(b, field, f.getValue().asText(), where, at);
                }
            }
            out.add(observation(at, b, where));
        }
        return finish(out);
    }

    private static Map<String, String> columns(List<String> header) {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        for (String h : header) {
            String field = ALIASES.get(h.strip().toLowerCase(Locale.ROOT));
            if (field != null) {
                columns.put(h, field);
            }
        }
        if (!columns.containsValue("date")) {
            throw new ImportException("the header has no date column (expected date,followers,following,posts)");
        }
        if (columns.size() < 2) {
            throw new ImportException("the header has no count column (followers, following, posts, total_likes)");
        }
        return columns;
    }

    private static Instant apply(Profile.Builder b, String field, String raw, String where, Instant at) {
        String v = raw == null ? "" : raw.strip();
        if (field.equals("date")) {
            return date(v, where);
        }
        if (v.isEmpty()) {
            return at; // a blank count is unknown, never zero
        }
        long n = count(v, where, field);
        switch (field) {
            case "followers" -> b.followers(n);
            case "following" -> b.following(n);
            case "posts" -> b.posts(n);
            case "totalLikes" -> b.totalLikes(n);
            default -> throw new IllegalStateException(field);
        }
        return at;
    }

    private static long count(String v, String where, String field) {
        String digits = v.replace(",", "").replace("_", "");
        if (!digits.matches("[0-9]{1,15}(\\.0+)?")) {
            throw new ImportException(where + ": " + field + " must be a whole non-negative number, was '"
                    + abbreviate(v) + "'");
        }
        return Long.parseLong(digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits);
    }

    private static Instant date(String v, String where) {
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new ImportException(where + ": date must be YYYY-MM-DD or an ISO instant, was '" + abbreviate(v) + "'");
        }
    }

    private static Observation observation(Instant at, Profile.Builder b, String where) {
        if (at == null) {
            throw new ImportException(where + ": date is missing");
        }
        Profile p = b.build();
        if (!p.hasAnySignal() && p.totalLikes() == null) {
            throw new ImportException(where + ": no counts");
        }
        return new Observation(null, at, p);
    }

    private static List<Observation> finish(List<Observation> rows) {
        List<Observation> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Observation::at)); // stable: the first of a repeated date stays first
        List<Observation> out = new ArrayList<>();
        for (Observation o : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).at().equals(o.at())) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    private static String abbreviate(String v) {
        String clean = v.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }
}

package dev.creatorwatch.rules.engagement.anomaly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.creatorwatch.parse.Post;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an account's past counts, exported from elsewhere, so a newly watched account does not start blind. CSV with
 * a header ({@code date,followers,following,posts[,total_likes][,engagement]}, other columns ignored) or JSON (an
 * array of objects with the same names). Dates are {@code YYYY-MM-DD} (midnight UTC) or ISO instants;
 * {@code engagement} is the mean interactions (likes + comments) per recent post on that date.
 *
 * <p>All-or-nothing: every problem found is reported with its line (CSV, header = line 1) or item (JSON, from 1)
 * and field, and no row is returned when there is any. Rejected: unreadable dates, dates in the future or before
 * {@link #EARLIEST}, counts that are not plain whole numbers ({@code 12000} or {@code 12,000}; {@code 12.000} or
 * {@code 1,5} are refused, not guessed at), negative or absurd counts, a date given twice, more than
 * {@link #MAX_ROWS} rows.
 */
public final class HistoryImport {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Stop collecting after this many problems: the file needs fixing anyway. */
    public static final int MAX_ERRORS = 50;
    /** No social platform we watch predates this. */
    public static final Instant EARLIEST = Instant.parse("2004-01-01T00:00:00Z");

    /** Upper bounds that no real account reaches: a value above is a unit or column mix-up, not a count. */
    private static final Map<String, Long> ABSURD = Map.of("followers", 5_000_000_000L, "following", 50_000_000L,
            "posts", 50_000_000L, "totalLikes", 1_000_000_000_000L, "engagement", 5_000_000_000L);

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("date", "date"), Map.entry("timestamp", "date"), Map.entry("at", "date"),
            Map.entry("day", "date"), Map.entry("followers", "followers"), Map.entry("follower_count", "followers"),
            Map.entry("following", "following"), Map.entry("follows", "following"),
            Map.entry("following_count", "following"), Map.entry("posts", "posts"), Map.entry("media", "posts"),
            Map.entry("media_count", "posts"), Map.entry("total_likes", "totalLikes"),
            Map.entry("likes", "totalLikes"), Map.entry("engagement", "engagement"),
            Map.entry("engagement_per_post", "engagement"), Map.entry("interactions_per_post", "engagement"));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A count: plain digits, or digits grouped in thousands by commas ({@code 12,000}). */
    private static final Pattern PLAIN_COUNT = Pattern.compile("[0-9]+");
    private static final Pattern GROUPED_COUNT = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");
    /** Thousands grouped some other way ({@code 12.000}, {@code 12 000}, {@code 12'000}, {@code 12_000}). */
    private static final Pattern OTHER_GROUPING = Pattern.compile("[0-9]{1,3}([.'_ \u00A0\u202F][0-9]{3})+");
    private static final Pattern ZERO_DECIMALS = Pattern.compile("([0-9]+)\\.0+");
    private static final Pattern FRACTION = Pattern.compile("[0-9]*([.,][0-9]+)+");

    /** One problem: where ({@code line N} or {@code item N}, or {@code file}), which field, and what is wrong. */
    public record LineError(String where, String field, String message) {
    }

    /** One accepted row. Counts the file left blank are null (unknown), never zero. */
    public record HistoryRow(Instant at, Long followers, Long following, Long posts, Long totalLikes,
                             Double engagementPerPost) {

        /**
         * As rules see it. An imported engagement figure is a mean per post, so it is carried as one summary post
         * (id {@code imported-mean}) whose interactions equal that mean; readers that average recent posts read it
         * unchanged.
         */
        public Observation toObservation() {
            List<Post> posts = engagementPerPost == null ? List.of() : List.of(new Post("imported-mean", null, at,
                    Math.round(engagementPerPost), null, null, null));
            return new Observation(null, at, new Profile(null, null, null, null, null, null, null, followers,
                    following, this.posts, totalLikes, null, posts));
        }
    }

    /** Thrown for input that cannot be imported; the messages are meant for the person who uploaded it. */
    public static final class ImportException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient List<LineError> errors;
        private final boolean tooLarge;

        ImportException(List<LineError> errors, boolean tooLarge) {
            super(errors.isEmpty() ? "the history cannot be imported" : summary(errors));
            this.errors = List.copyOf(errors);
            this.tooLarge = tooLarge;
        }

        ImportException(String message) {
            this(List.of(new LineError("file", null, message)), false);
        }

        public List<LineError> errors() {
            return errors;
        }

        /** True when the file is refused for its size alone (HTTP 413), not for its content. */
        public boolean tooLarge() {
            return tooLarge;
        }

        private static String summary(List<LineError> errors) {
            LineError e = errors.get(0);
            String first = e.where() + (e.field() == null ? "" : " " + e.field()) + ": " + e.message();
            return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
        }
    }

    private HistoryImport() {
    }

    /** Reads with no "future" limit; see {@link #read(String, Instant)}. */
    public static List<Observation> parse(String text) {
        return read(text, Instant.MAX).stream().map(HistoryRow::toObservation).toList();
    }

    /** Detects JSON (starts with [ or {) or CSV; rows oldest first. {@code now} bounds dates from above. */
    public static List<HistoryRow> read(String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new ImportException("the history file is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new ImportException(List.of(new LineError("file", null, "the history file is larger than "
                    + MAX_CHARS + " characters")), true);
        }
        String t = text.strip();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        Errors errors = new Errors();
        List<Located> rows = t.startsWith("[") || t.startsWith("{") ? json(t, now, errors) : csv(t, now, errors);
        List<HistoryRow> out = sortedWithoutDuplicates(rows, errors);
        if (!errors.list.isEmpty()) {
            throw new ImportException(errors.list, false);
        }
        if (out.isEmpty()) {
            throw new ImportException("the history has no rows (a header alone, or an empty JSON array)");
        }
        return out;
    }

    private record Located(String where, HistoryRow row) {
    }

    /** Collects problems up to {@link #MAX_ERRORS}; past that, reading stops. */
    private static final class Errors {
        final List<LineError> list = new ArrayList<>();

        void add(String where, String field, String message) {
            if (list.size() < MAX_ERRORS) {
                list.add(new LineError(where, field, message));
            }
        }

        boolean full() {
            return list.size() >= MAX_ERRORS;
        }
    }

    private static List<Located> csv(String text, Instant now, Errors errors) {
        List<Located> out = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            int rows = 0;
            for (CSVRecord r : parser) {
                if (++rows > MAX_ROWS) {
                    errors.add("file", null, "more than " + MAX_ROWS + " rows");
                    break;
                }
                String where = "line " + (r.getRecordNumber() + 1); // header is line 1
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<String, String> c : columns.entrySet()) {
                    values.put(c.getValue(), r.isSet(c.getKey()) ? r.get(c.getKey()) : "");
                }
                HistoryRow row = row(values, where, now, errors);
                if (row != null) {
                    out.add(new Located(where, row));
                }
                if (errors.full()) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports broken quoting as UncheckedIOException while iterating
            errors.add("file", null, "not a readable CSV history: " + abbreviate(String.valueOf(e.getMessage())));
        }
        return out;
    }

    private static List<Located> json(String text, Instant now, Errors errors) {
        JsonNode root;
        try {
            root = JSON.readTree(JSON.getFactory().copy().setStreamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8).build()).createParser(text));
        } catch (JsonProcessingException e) {
            throw new ImportException("not valid JSON: " + abbreviate(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isArray()) {
            throw new ImportException("a JSON history must be an array of objects");
        }
        if (root.size() > MAX_ROWS) {
            throw new ImportException("more than " + MAX_ROWS + " rows");
        }
        List<Located> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : root) {
            String where = "item " + (++i);
            if (!item.isObject()) {
                errors.add(where, null, "is not an object");
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> f : item.properties()) {
                String field = ALIASES.get(f.getKey().strip().toLowerCase(Locale.ROOT));
                if (field == null || f.getValue().isNull()) {
                    continue;
                }
                if (f.getValue().isContainerNode()) {
                    errors.add(where, field, "must be a plain value");
                } else {
                    values.put(field, f.getValue().asText());
                }
            }
            HistoryRow row = row(values, where, now, errors);
            if (row != null) {
                out.add(new Located(where, row));
            }
            if (errors.full()) {
                break;
            }
        }
        return out;
    }

    private static Map<String, String> columns(List<String> header) {
        Map<String, String> columns = new LinkedHashMap<>();
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
            throw new ImportException("the header has no count column (followers, following, posts, total_likes, "
                    + "engagement)");
        }
        return columns;
    }

    /** One row from its field values; records each problem and returns null when there was any. */
    private static HistoryRow row(Map<String, String> values, String where, Instant now, Errors errors) {
        int before = errors.list.size();
        String rawDate = values.getOrDefault("date", "").strip();
        Instant at = null;
        if (rawDate.isEmpty()) {
            errors.add(where, "date", "is missing");
        } else {
            at = date(rawDate, where, errors);
            if (at != null && at.isAfter(now)) {
                errors.add(where, "date", "is in the future (" + abbreviate(rawDate) + ")");
            } else if (at != null && at.isBefore(EARLIEST)) {
                errors.add(where, "date", "is before " + EARLIEST.toString().substring(0, 10));
            }
        }
        Long followers = count(values, "followers", where, errors);
        Long following = count(values, "following", where, errors);
        Long posts = count(values, "posts", where, errors);
        Long likes = count(values, "totalLikes", where, errors);
        Double engagement = decimal(values, "engagement", where, errors);
        if (errors.list.size() > before) {
            return null;
        }
        if (followers == null && following == null && posts == null && likes == null && engagement == null) {
            errors.add(where, null, "has no counts");
            return null;
        }
        return new HistoryRow(at, followers, following, posts, likes, engagement);
    }

    private static Long count(Map<String, String> values, String field, String where, Errors errors) {
        String v = values.getOrDefault(field, "").strip();
        if (v.isEmpty()) {
            return null; // a blank count is unknown, never zero
        }
        String digits;
        if (PLAIN_COUNT.matcher(v).matches()) {
            digits = v;
        } else if (GROUPED_COUNT.matcher(v).matches()) {
            digits = v.replace(",", "");
        } else {
            errors.add(where, field, notACount(v));
            return null;
        }
        digits = digits.replaceFirst("^0+(?=.)", "");
        long limit = ABSURD.get(field);
        if (digits.length() > 15 || Long.parseLong(digits) > limit) {
            errors.add(where, field, "is implausibly large (\"" + abbreviate(v) + "\" > " + limit + ")");
            return null;
        }
        return Long.parseLong(digits);
    }

    /**
     * Why a value is not a count, with the fix where it is clear. Dots, commas in the wrong places or other grouping
     * marks are refused rather than read: {@code 12.000} may mean twelve thousand or twelve, {@code 1,5} one and a
     * half; stripping them silently stored 12 and 15.
     */
    private static String notACount(String v) {
        String echo = "\"" + abbreviate(v) + "\"";
        if (OTHER_GROUPING.matcher(v).matches()) {
            return echo + " is not a whole number; write " + v.replaceAll("[^0-9]", "");
        }
        Matcher zeros = ZERO_DECIMALS.matcher(v);
        if (zeros.matches()) {
            return echo + " is not a whole number; write " + zeros.group(1);
        }
        if (FRACTION.matcher(v).matches()) {
            return echo + " is not a whole number; write digits only, with commas only between groups of three "
                    + "(12000 or 12,000)";
        }
        return "must be a whole non-negative number, was " + echo;
    }

    private static Double decimal(Map<String, String> values, String field, String where, Errors errors) {
        String v = values.getOrDefault(field, "").strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("[0-9]{1,15}(\\.[0-9]{1,6})?")) {
            errors.add(where, field, "must be a non-negative number, was '" + abbreviate(v) + "'");
            return null;
        }
        double d = Double.parseDouble(v);
        if (d > ABSURD.get(field)) {
            errors.add(where, field, "is implausibly large (" + v + ")");
            return null;
        }
        return d;
    }

    private static Instant date(String v, String where, Errors errors) {
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(where, "date", "must be YYYY-MM-DD or an ISO instant, was '" + abbreviate(v) + "'");
            return null;
        }
    }

    private static List<HistoryRow> sortedWithoutDuplicates(List<Located> rows, Errors errors) {
        Map<Instant, String> seen = new HashMap<>();
        for (Located r : rows) {
            String first = seen.putIfAbsent(r.row().at(), r.where());
            if (first != null) {
                errors.add(r.where(), "date", "repeats the date of " + first + " ("
                        + r.row().at().toString().replace("T00:00:00Z", "") + ")");
            }
        }
        List<HistoryRow> out = new ArrayList<>(rows.stream().map(Located::row).toList());
        out.sort(Comparator.comparing(HistoryRow::at));
        return List.copyOf(out);
    }

    /** Echoes a bad value safely: no control characters, at most 40 characters. */
    static String abbreviate(String v) {
        String clean = v.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }
}

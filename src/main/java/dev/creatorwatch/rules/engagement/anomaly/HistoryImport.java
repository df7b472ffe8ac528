package dev.creatorwatch.rules.engagement.anomaly;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
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
 * <p>All-or-nothing: every problem found is reported with its line (CSV: the physical line of the file a row starts
 * on, so blank lines and quoted cells spanning lines count) or item (JSON, from 1) and field, and no row is returned
 * when there is any. Rejected: unreadable dates, dates in the future or before {@link #EARLIEST}, counts that are not
 * plain whole numbers ({@code 12000} or {@code 12,000}; {@code 12.000} or {@code 1,5} are refused, not guessed at),
 * negative or absurd counts, a date given twice, a column or field given twice, anything after the JSON array, no
 * rows at all, more than {@link #MAX_ROWS} rows.
 */
public final class HistoryImport {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Stop collecting after this many problems: the file needs fixing anyway. */
    public static final int MAX_ERRORS = 50;
    /** No social platform we watch predates this. */
    public static final Instant EARLIEST = Instant.parse("2004-01-01T00:00:00Z");

    /** How much of a bad value a message echoes. */
    static final int ECHO_MAX = 100;

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
    /** Deep nesting is refused while reading; an error message echoes at most {@link #ECHO_MAX} chars of a token. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build())
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(ECHO_MAX).build())
            .build();

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
        return readLocated(text, now).stream().map(LocatedRow::row).toList();
    }

    /** As {@link #read}, each row with where it was in the file ({@code line N} or {@code item N}). */
    public static List<LocatedRow> readLocated(String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw new ImportException("the history file is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new ImportException(List.of(new LineError("file", null, "the history file is larger than "
                    + MAX_CHARS + " characters")), true);
        }
        int start = 0;
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        // Lines are told as the uploaded file has them, leading blank lines included.
        int firstLine = new LineIndex(text.substring(0, start)).lines();
        String t = text.strip();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        Errors errors = new Errors();
        List<LocatedRow> rows = t.startsWith("[") || t.startsWith("{") ? json(t, firstLine, now, errors)
                : csv(t, firstLine, now, errors);
        List<LocatedRow> out = sortedWithoutDuplicates(rows, errors);
        if (!errors.list.isEmpty()) {
            throw new ImportException(errors.list, false);
        }
        if (out.isEmpty()) {
            throw new ImportException("the history has no rows (a header alone, or an empty JSON array)");
        }
        return out;
    }

    /** An accepted row and where it was: {@code line N} (CSV) or {@code item N} (JSON). */
    public record LocatedRow(String where, HistoryRow row) {
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

    private static List<LocatedRow> csv(String text, int firstLine, Instant now, Errors errors) {
        List<LocatedRow> out = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        long linesRead = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .get().parse(new StringReader(text))) {
            Map<Integer, String> columns = null; // column index -> field, from the header record
            int rows = 0;
            for (CSVRecord r : parser) {
                // The physical line the record starts on (not its record number: blank lines and cells spanning
                // lines would shift it). The reported position is before any blank lines the parser skipped.
                String where = "line " + (firstLine - 1 + lines.lineOf(lines.skipLineBreaks(r.getCharacterPosition())));
                linesRead = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = columns(r.toList(), where);
                    continue;
                }
                if (++rows > MAX_ROWS) {
                    errors.add("file", null, "more than " + MAX_ROWS + " rows");
                    break;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<Integer, String> c : columns.entrySet()) {
                    values.put(c.getValue(), c.getKey() < r.size() ? r.get(c.getKey()) : "");
                }
                HistoryRow row = row(values, where, now, errors);
                if (row != null) {
                    out.add(new LocatedRow(where, row));
                }
                if (errors.full()) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // commons-csv reports broken quoting as UncheckedIOException while iterating; its message names classes
            // and its own line count, so the person who uploaded the file gets the line the broken record starts on.
            int line = lines.firstNonEmptyLineFrom((int) linesRead + 1);
            errors.add("line " + (firstLine - 1 + line), null, "is not readable CSV: a quoted cell is never closed, "
                    + "or has text after its closing quote (write a quote inside a quoted cell as \"\")");
        }
        return out;
    }

    private static List<LocatedRow> json(String text, int firstLine, Instant now, Errors errors) {
        List<LocatedRow> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportException("a JSON history must be an array of objects");
            }
            int i = 0;
            for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                if (item == null) {
                    throw new ImportException("not valid JSON: the text ends before the JSON is complete (a closing "
                            + "] is missing)");
                }
                String where = "item " + (++i);
                if (i > MAX_ROWS) {
                    throw new ImportException("more than " + MAX_ROWS + " rows");
                }
                if (item != JsonToken.START_OBJECT) {
                    errors.add(where, null, "is not an object");
                    p.skipChildren();
                    continue;
                }
                HistoryRow row = row(jsonValues(p, where, errors), where, now, errors);
                if (row != null) {
                    out.add(new LocatedRow(where, row));
                }
                if (errors.full()) {
                    return out;
                }
            }
            JsonLocation end = p.currentLocation();
            if (trailingContent(p)) {
                // Two arrays, or an array and more: reading only the first would drop the rest without a word.
                throw new ImportException("there is more after the JSON array (from line " + (firstLine - 1
                        + end.getLineNr()) + ", column " + end.getColumnNr() + "); send one array");
            }
        } catch (StreamConstraintsException e) {
            throw new ImportException("not valid JSON: it is nested deeper than 8 levels");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException("not valid JSON" + (at == null ? "" : " at line " + (firstLine - 1
                    + at.getLineNr()) + ", column " + at.getColumnNr()) + ": " + jsonProblem(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The fields of one JSON object (the parser on its START_OBJECT), by field name; values as written. */
    private static Map<String, String> jsonValues(JsonParser p, String where, Errors errors) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> given = new HashMap<>(); // field -> the name it was given under
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            String field = ALIASES.get(name.strip().toLowerCase(Locale.ROOT));
            if (value.isStructStart()) {
                if (field != null) {
                    errors.add(where, field, "must be a plain value");
                }
                p.skipChildren();
            } else if (field != null && value != JsonToken.VALUE_NULL) {
                String first = given.putIfAbsent(field, name);
                if (first != null) {
                    errors.add(where, field, "is given twice (\"" + abbreviate(first) + "\" and \"" + abbreviate(name)
                            + "\"); keep one");
                } else {
                    values.put(field, p.getText()); // a number exactly as written, never re-rendered as 4.9E9
                }
            }
        }
        return values;
    }

    private static boolean trailingContent(JsonParser p) {
        try {
            return p.nextToken() != null;
        } catch (IOException e) {
            return true; // text after the array that is not even JSON
        }
    }

    /** Jackson's message in words for the uploader: no class names, no source excerpt. */
    private static String jsonProblem(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the text ends before the JSON is complete (a closing ] or } or quote is missing)";
        }
        String m = String.valueOf(e.getOriginalMessage());
        int cut = m.indexOf(" (start marker");
        m = cut < 0 ? m : m.substring(0, cut);
        cut = m.indexOf('\n');
        m = cut < 0 ? m : m.substring(0, cut);
        return m.contains("`") ? "unexpected text" : m;
    }

    /** Column index to field. Refuses a header without a date or a count, or with one field in two columns. */
    private static Map<Integer, String> columns(List<String> header, String where) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        Map<String, String> named = new HashMap<>(); // field -> the header name that gave it
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            String field = ALIASES.get(h.strip().toLowerCase(Locale.ROOT));
            if (field == null) {
                continue;
            }
            String first = named.putIfAbsent(field, h);
            if (first != null) {
                // Keeping either column would silently drop the other's numbers.
                throw new ImportException(List.of(new LineError(where, null, "the header has two columns for "
                        + field + " (\"" + abbreviate(first) + "\" and \"" + abbreviate(h) + "\"); keep one")),
                        false);
            }
            columns.put(i, field);
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
            errors.add(where, field, "must be a non-negative number, was \"" + abbreviate(v) + "\"");
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
            errors.add(where, "date", "must be YYYY-MM-DD or an ISO instant, was \"" + abbreviate(v) + "\"");
            return null;
        }
    }

    private static List<LocatedRow> sortedWithoutDuplicates(List<LocatedRow> rows, Errors errors) {
        Map<Instant, String> seen = new HashMap<>();
        for (LocatedRow r : rows) {
            String first = seen.putIfAbsent(r.row().at(), r.where());
            if (first != null) {
                errors.add(r.where(), "date", "repeats the date of " + first + " ("
                        + r.row().at().toString().replace("T00:00:00Z", "") + ")");
            }
        }
        List<LocatedRow> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(r -> r.row().at()));
        return List.copyOf(out);
    }

    /** Echoes a bad value safely: no control characters, at most {@link #ECHO_MAX} characters. */
    static String abbreviate(String v) {
        String clean = v.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > ECHO_MAX ? clean.substring(0, ECHO_MAX) + "..." : clean;
    }

    /** Line numbers of a text, counting \\r\\n, \\n and \\r as one line break each, as commons-csv does. */
    private static final class LineIndex {
        private final String text;
        private final List<Integer> starts = new ArrayList<>(); // offset where each line begins; line 1 at 0

        LineIndex(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        int lines() {
            return starts.size();
        }

        /** The line (from 1) the offset is on. */
        int lineOf(long offset) {
            int i = java.util.Collections.binarySearch(starts, (int) Math.min(offset, text.length()));
            return i >= 0 ? i + 1 : -i - 1;
        }

        /** The first offset from {@code offset} on that is no line break: where a record after blank lines starts. */
        long skipLineBreaks(long offset) {
            int i = (int) offset;
            while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                i++;
            }
            return i;
        }

        /** The first line from {@code line} on that is not empty (commons-csv skips empty lines). */
        int firstNonEmptyLineFrom(int line) {
            int l = Math.max(1, line);
            while (l < starts.size() && text.substring(starts.get(l - 1), starts.get(l)).chars()
                    .allMatch(c -> c == '\n' || c == '\r')) {
                l++;
            }
            return Math.min(l, starts.size());
        }
    }
}

package dev.creatorwatch.testing.bench;

import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.alert.CloseReason;
import dev.creatorwatch.audit.AuditHashes;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.rules.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A deterministic (fixed seed) benchmark data set loaded with COPY: 20,000 creators, about 32,000 accounts on mixed
 * platforms, 1,000,000 alerts over a year (mixed rules, severities, statuses, tiers; a fifth still open; evidence
 * JSON; tags on some), comments on some, and the audit history the app would have written for them (every alert's
 * "opened" row, a "closed" row for closed ones, a "commented" row per comment), hash-chained like the real trail so
 * the data set verifies. A comment on table {@code alert} marks a complete load, so later runs reuse it.
 */
public final class BenchDataset {

    public static final int ALERTS = Integer.getInteger("bench.alerts", 1_000_000);
    public static final int CREATORS = 20_000;
    public static final Instant BASE = Instant.parse("2026-11-20T00:00:00Z");
    static final long SEED = 42;
    static final String MARKER = "bench dataset v1, seed " + SEED + ", " + ALERTS + " alerts";

    static final String[] ANALYSTS = {"aiko.sato", "ben.ortiz", "chloe.martin", "daiki.ito", "emma.schulz",
        "farid.haddad", "grace.lee", "hana.kobayashi", "ivan.petrov", "julia.rossi", "kenji.mori", "lina.nguyen"};
    static final String[] TAGS = {"vip", "campaign:spring-2026", "legal-hold", "brand:acme", "follow-up", "fraud",
        "pr-risk", "contract-review"};
    static final String[] FIRST = {"Yuka", "Haruto", "Mia", "Liam", "Sofia", "Kenta", "Aria", "Noah", "Sakura",
        "Lucas", "ゆか", "はると", "さくら", "Zoe", "Mateo", "Amara", "Ren", "Elif", "Chen", "Priya"};
    static final String[] LAST = {"Tanaka", "Smith", "Garcia", "Suzuki", "Müller", "Rossi", "Kim", "Nguyen", "田中",
        "佐藤", "Dubois", "Silva", "Kowalski", "Okafor", "Haddad", "Lindqvist"};

    /** The app's rules (id, title, level) with how often each fires in the data set. */
    record Rule(String id, String title, Severity level, int weight) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("brand-safety-content", "Brand-unsafe content in name, bio, link or recent captions",
                    Severity.HIGH, 14),
            new Rule("anomaly-engagement-spike", "Engagement spiked without follower growth (pods or bought likes)",
                    Severity.HIGH, 8),
            new Rule("anomaly-follower-drop", "Followers dropped sharply (purge or mass unfollow)", Severity.MEDIUM, 8),
            new Rule("anomaly-follower-jump", "Followers jumped without matching engagement (likely bought followers)",
                    Severity.HIGH, 9),
            new Rule("anomaly-posting-burst", "Posting burst far above the usual rate", Severity.LOW, 10),
            new Rule("engagement-low-rate", "Engagement far below the norm of the creator's tier", Severity.MEDIUM, 12),
            new Rule("follower-jump", "Sudden follower jump without matching engagement", Severity.HIGH, 6),
            new Rule("fake-account-classifier", "Account looks fake or automated (profile-based classifier)",
                    Severity.MEDIUM, 6),
            new Rule("fake-audience-quality", "Low audience quality score", Severity.MEDIUM, 7),
            new Rule("impersonation-lookalike-handle", "Account imitates a protected creator's or brand's handle",
                    Severity.HIGH, 5),
            new Rule("impersonation-profile-copy",
                    "Account copies a protected creator's display name and bio under another handle", Severity.MEDIUM,
                    3),
            new Rule("account-identity-change", "An account changed part of its identity", Severity.INFORMATIONAL, 9),
            new Rule("account-takeover-suspected", "Several identity changes at once, as in an account takeover or sale",
                    Severity.HIGH, 3));

    private BenchDataset() {
    }

    public static List<String> ruleIds() {
        return RULES.stream().map(Rule::id).toList();
    }

    public static List<String> analysts() {
        return List.of(ANALYSTS);
    }

    public static List<String> tags() {
        return List.of(TAGS);
    }

    /** Loads the data set unless a complete load of the same version is already there; returns true if it loaded. */
    public static boolean ensureLoaded(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select obj_description('alert'::regclass, 'pg_class')")) {
                if (rs.next() && MARKER.equals(rs.getString(1))) {
                    return false;
                }
            }
            c.setAutoCommit(true);
            long t0 = System.nanoTime();
            s.execute("comment on table alert is null");
            s.execute("truncate alert_tag, alert_comment, alert, account, creator, audit_entry, webhook_delivery, "
                    + "alert_suppression cascade");
            // Bulk-load speed: secondary indexes are dropped and rebuilt from their own definitions afterwards
            // (one sort per index instead of a million inserts into each), and foreign-key triggers are off for
            // this session (the generator writes consistent ids).
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select indexname, indexdef from pg_indexes where schemaname = "
                    + "current_schema() and tablename in ('alert', 'alert_tag', 'alert_comment', 'audit_entry') "
                    + "and indexname not in (select conname from pg_constraint)")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1) + "\t" + rs.getString(2));
                }
            }
            for (String ix : indexes) {
                s.execute("drop index " + ix.substring(0, ix.indexOf('\t')));
            }
            try {
                s.execute("set session_replication_role = replica");
                new Generator(c.unwrap(PGConnection.class)).load();
            } finally {
                // Also after a failed load: the migrations that made these indexes will not run again.
                s.execute("set session_replication_role = origin");
                long ti = System.nanoTime();
                for (String ix : indexes) {
                    s.execute(ix.substring(ix.indexOf('\t') + 1));
                }
                System.out.printf(Locale.ROOT, "bench: %d indexes rebuilt in %.1f s%n", indexes.size(),
                        (System.nanoTime() - ti) / 1e9);
            }
            s.execute("update audit_head set last_seq = (select max(seq) from audit_entry), last_hash = (select hash "
                    + "from audit_entry where seq = (select max(seq) from audit_entry)) where id = 1");
            for (String[] seq : new String[][] {{"creator_seq", "creator"}, {"account_seq", "account"},
                {"alert_seq", "alert"}, {"alert_comment_seq", "alert_comment"}}) {
                s.execute("select setval('" + seq[0] + "', (select coalesce(max(id), 0) + 1000 from " + seq[1] + "))");
            }
            System.out.printf(Locale.ROOT, "bench: loaded in %.1f s; vacuum analyze...%n", (System.nanoTime() - t0) / 1e9);
            for (String t : List.of("creator", "account", "alert", "alert_tag", "alert_comment", "audit_entry")) {
                s.execute("vacuum analyze " + t);
            }
            s.execute("comment on table alert is '" + MARKER + "'");
            System.out.printf(Locale.ROOT, "bench: data set ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return true;
        }
    }

    /** Writes the rows table by table; the same seed gives the same rows. */
    private static final class Generator {

        private final PGConnection pg;
        private final SplittableRandom rnd = new SplittableRandom(SEED);
        private final Tier[] creatorTier = new Tier[CREATORS + 1];
        private final int[] firstAccount = new int[CREATORS + 1];
        private final int[] accountCount = new int[CREATORS + 1];
        private final Platform[] accountPlatform = new Platform[CREATORS * 3 + 1];
        private final int[] ruleCumulative = new int[RULES.size()];

        Generator(PGConnection pg) {
            this.pg = pg;
            int sum = 0;
            for (int i = 0; i < RULES.size(); i++) {
                sum += RULES.get(i).weight();
                ruleCumulative[i] = sum;
            }
        }

        void load() throws SQLException {
            copy("creator (id, name, notes, protected_identity, tier, created_at, updated_at, version)",
                    this::creators);
            copy("account (id, creator_id, platform, handle, normalized_handle, profile_url, tier, next_scan_at, "
                    + "last_scan_at, last_outcome, created_at, version)", this::accounts);
            // Alerts, their tags, comments and audit rows: the same seeded pass over the alerts once per table
            // (one COPY at a time on one connection), instead of holding a million rows in memory.
            copy("alert (id, rule_id, rule_version, title, severity, risk_score, creator_id, account_id, snapshot_id, "
                    + "tier_at_detection, reason, evidence, status, dedup_key, first_seen, last_seen, "
                    + "occurrence_count, created_at, updated_at, version, close_reason, closed_at, assignee, "
                    + "snoozed_until, is_open, severity_rank)", out -> alerts(out, Table.ALERT));
            copy("alert_tag (alert_id, tag)", out -> alerts(out, Table.TAG));
            copy("alert_comment (id, alert_id, author, created_at, body)", out -> alerts(out, Table.COMMENT));
            copy("audit_entry (seq, at, actor, entity_type, entity_id, action, before_json, after_json, prev_hash, "
                    + "hash)", out -> alerts(out, Table.AUDIT));
        }

        private interface Rows {
            void write(Row out) throws IOException;
        }

        private void copy(String target, Rows rows) throws SQLException {
            long t0 = System.nanoTime();
            try (PGCopyOutputStream stream = new PGCopyOutputStream(pg, "copy " + target + " from stdin", 1 << 20);
                    Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                rows.write(new Row(w));
            } catch (IOException e) {
                throw new SQLException("COPY into " + target + " failed", e);
            }
            System.out.printf(Locale.ROOT, "bench: %s in %.1f s%n", target.substring(0, target.indexOf(' ')),
                    (System.nanoTime() - t0) / 1e9);
        }

        private void creators(Row out) throws IOException {
            SplittableRandom r = new SplittableRandom(SEED + 1);
            for (int id = 1; id <= CREATORS; id++) {
                double u = r.nextDouble();
                Tier tier = u < 0.01 ? Tier.UNKNOWN : u < 0.11 ? Tier.EMERGING : u < 0.46 ? Tier.NANO
                        : u < 0.81 ? Tier.MICRO : u < 0.96 ? Tier.MACRO : Tier.MEGA;
                creatorTier[id] = tier;
                Instant created = BASE.minus(Duration.ofDays(400 + r.nextInt(600)));
                out.cell(id).cell(name(r, id)).cell(r.nextInt(10) == 0 ? "Signed for the spring campaign" : null)
                        .cell(r.nextInt(50) == 0).cell(tier).cell(created).cell(created).cell(0).end();
            }
        }

        private static String name(SplittableRandom r, int id) {
            return FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)] + " " + id;
        }

        private void accounts(Row out) throws IOException {
            SplittableRandom r = new SplittableRandom(SEED + 2);
            Platform[] weighted = {Platform.INSTAGRAM, Platform.INSTAGRAM, Platform.INSTAGRAM, Platform.INSTAGRAM,
                Platform.TIKTOK, Platform.TIKTOK, Platform.TIKTOK, Platform.YOUTUBE, Platform.YOUTUBE, Platform.X,
                Platform.TWITCH, Platform.BLUESKY, Platform.THREADS, Platform.MASTODON, Platform.WEB};
            int id = 0;
            for (int c = 1; c <= CREATORS; c++) {
                double u = r.nextDouble();
                int n = u < 0.5 ? 1 : u < 0.85 ? 2 : 3;
                firstAccount[c] = id + 1;
                List<Platform> used = new ArrayList<>();
                while (used.size() < n) {
                    Platform p = weighted[r.nextInt(weighted.length)];
                    if (!used.contains(p)) {
                        used.add(p);
                    }
                }
                accountCount[c] = n;
                for (Platform p : used) {
                    id++;
                    accountPlatform[id] = p;
                    String handle = "creator_" + c + (p == Platform.YOUTUBE ? "_tv" : "");
                    String url = switch (p) {
                        case MASTODON -> "https://mastodon.social/@" + handle;
                        case WEB -> "https://" + handle.replace('_', '-') + ".example/";
                        case YOUTUBE -> "https://www.youtube.com/@" + handle;
                        default -> "https://" + p.name().toLowerCase(Locale.ROOT) + ".example/" + handle;
                    };
                    Instant created = BASE.minus(Duration.ofDays(380));
                    Instant scanned = BASE.minus(Duration.ofHours(r.nextInt(72)));
                    out.cell(id).cell(c).cell(p).cell(handle).cell(handle.toLowerCase(Locale.ROOT)).cell(url)
                            .cell(creatorTier[c]).cell(scanned.plus(Duration.ofHours(24))).cell(scanned).cell("OK")
                            .cell(created).cell(0).end();
                }
            }
        }

        enum Table { ALERT, TAG, COMMENT, AUDIT }

        /** One pass over the alerts with the same seed every time; writes the rows of one table. */
        private void alerts(Row out, Table table) throws IOException {
            SplittableRandom r = new SplittableRandom(SEED + 3);
            long commentId = 0;
            long seq = 0;
            String prevHash = AuditHashes.GENESIS;
            for (long id = 1; id <= ALERTS; id++) {
                double cu = r.nextDouble();
                int creator = 1 + (int) (CREATORS * Math.pow(cu, 1.5));
                creator = Math.min(creator, CREATORS);
                Integer account = r.nextInt(20) == 0 ? null
                        : firstAccount[creator] + r.nextInt(accountCount[creator]);
                Rule rule = rule(r.nextInt(ruleCumulative[ruleCumulative.length - 1]));
                Severity severity = rule.level();
                if (r.nextInt(10) == 0 && severity != Severity.CRITICAL) {
                    severity = Severity.values()[severity.ordinal() + 1];
                }
                int risk = Math.max(0, Math.min(100, severity.weight() + (int) Math.round(r.nextGaussian() * 8)));
                long ageMinutes = (long) (Math.pow(r.nextDouble(), 1.4) * 365 * 24 * 60);
                Instant firstSeen = BASE.minus(Duration.ofMinutes(ageMinutes));
                int occurrences = r.nextInt(10) < 6 ? 1 : 2 + r.nextInt(19);
                Instant lastSeen = occurrences == 1 ? firstSeen
                        : min(BASE, firstSeen.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 30))));
                double closedChance = ageMinutes > 14 * 1440 ? 0.9 : ageMinutes > 3 * 1440 ? 0.5 : 0.15;
                AlertStatus status;
                if (r.nextDouble() < closedChance) {
                    status = AlertStatus.CLOSED;
                } else {
                    int s = r.nextInt(10);
                    status = s < 6 ? AlertStatus.NEW : s < 8 ? AlertStatus.ACKNOWLEDGED : AlertStatus.IN_PROGRESS;
                }
                boolean open = status != AlertStatus.CLOSED;
                CloseReason closeReason = open ? null : closeReason(r.nextInt(100));
                Instant closedAt = open ? null : min(BASE, lastSeen.plus(Duration.ofMinutes(30 + r.nextInt(4320))));
                String assignee = (status == AlertStatus.NEW ? r.nextInt(20) == 0 : r.nextInt(10) != 0)
                        ? ANALYSTS[r.nextInt(ANALYSTS.length)] : null;
                Instant snoozed = open && r.nextInt(30) == 0
                        ? BASE.plus(Duration.ofHours(r.nextInt(24 * 30) - 24 * 3)) : null;
                List<String> tags = new ArrayList<>();
                if (r.nextInt(8) == 0) {
                    tags.add(TAGS[r.nextInt(TAGS.length)]);
                    String second = TAGS[r.nextInt(TAGS.length)];
                    if (r.nextBoolean() && !tags.contains(second)) {
                        tags.add(second);
                    }
                }
                int comments = r.nextInt(16) == 0 ? 1 + r.nextInt(3) : 0;
                long followers = (long) (Math.pow(10, 3 + r.nextDouble() * 4));
                double change = Math.round((5 + r.nextDouble() * 80) * 10) / 10.0;
                Tier tier = creatorTier[creator];
                int commentSeed = r.nextInt(1000);
                switch (table) {
                    case ALERT -> out.cell(id).cell(rule.id()).cell(1 + (int) (id % 3)).cell(rule.title())
                            .cell(severity).cell(risk).cell(creator).cell(account).cell(null).cell(tier)
                            .cell(reason(rule, followers, change)).cell(evidence(rule, followers, change, account))
                            .cell(status).cell(rule.id() + "|" + account + "|k" + (id % 9973) + "-" + id)
                            .cell(firstSeen).cell(lastSeen).cell(occurrences).cell(firstSeen)
                            .cell(closedAt != null ? closedAt : lastSeen).cell(open ? 1 : 2).cell(closeReason)
                            .cell(closedAt).cell(assignee).cell(snoozed).cell(open).cell(severity.ordinal()).end();
                    case TAG -> {
                        for (String t : tags) {
                            out.cell(id).cell(t).end();
                        }
                    }
                    case COMMENT -> {
                        for (int k = 0; k < comments; k++) {
                            out.cell(++commentId).cell(id).cell(ANALYSTS[(commentSeed + k) % ANALYSTS.length])
                                    .cell(firstSeen.plus(Duration.ofMinutes(10L + k * 90L)))
                                    .cell(comment(commentSeed + k)).end();
                        }
                    }
                    case AUDIT -> {
                        Map<String, Object> opened = new LinkedHashMap<>();
                        opened.put("ruleId", rule.id());
                        opened.put("ruleVersion", 1 + (int) (id % 3));
                        opened.put("severity", severity);
                        opened.put("riskScore", risk);
                        opened.put("status", AlertStatus.NEW);
                        opened.put("closeReason", null);
                        opened.put("assignee", null);
                        opened.put("snoozedUntil", null);
                        opened.put("tags", List.of());
                        seq++;
                        prevHash = audit(out, seq, firstSeen, "system", id, "opened", null, Json.write(opened),
                                prevHash);
                        for (int k = 0; k < comments; k++) {
                            Map<String, Object> after = new LinkedHashMap<>();
                            after.put("commentId", commentId + 1 + k);
                            after.put("text", comment(commentSeed + k));
                            seq++;
                            prevHash = audit(out, seq, firstSeen.plus(Duration.ofMinutes(10L + k * 90L)),
                                    ANALYSTS[(commentSeed + k) % ANALYSTS.length], id, "commented", null,
                                    Json.write(after), prevHash);
                        }
                        commentId += comments;
                        if (!open) {
                            Map<String, Object> before = new LinkedHashMap<>();
                            before.put("status", AlertStatus.NEW);
                            before.put("closeReason", null);
                            before.put("assignee", null);
                            Map<String, Object> after = new LinkedHashMap<>();
                            after.put("status", AlertStatus.CLOSED);
                            after.put("closeReason", closeReason);
                            after.put("assignee", assignee);
                            seq++;
                            prevHash = audit(out, seq, closedAt, assignee == null ? "aiko.sato" : assignee, id,
                                    "closed", Json.write(before), Json.write(after), prevHash);
                        }
                    }
                    default -> throw new IllegalStateException(table.name());
                }
            }
        }

        private static String audit(Row out, long seq, Instant at, String actor, long alertId, String action,
                String before, String after, String prevHash) throws IOException {
            String hash = AuditHashes.of(prevHash, seq, at, actor, "alert", Long.toString(alertId), action, before,
                    after);
            out.cell(seq).cell(at).cell(actor).cell("alert").cell(alertId).cell(action).cell(before).cell(after)
                    .cell(prevHash).cell(hash).end();
            return hash;
        }

        private Rule rule(int pick) {
            int i = Arrays.binarySearch(ruleCumulative, pick + 1);
            return RULES.get(i >= 0 ? i : -i - 1);
        }

        private static CloseReason closeReason(int u) {
            return u < 35 ? CloseReason.TRUE_POSITIVE : u < 65 ? CloseReason.FALSE_POSITIVE : u < 85
                    ? CloseReason.BENIGN : u < 95 ? CloseReason.DUPLICATE : CloseReason.OTHER;
        }

        private static Instant min(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }

        private static String reason(Rule rule, long followers, double change) {
            return switch (rule.level()) {
                case HIGH, CRITICAL -> "Followers moved " + change + "% in 7 days (now " + followers
                        + ") while likes and comments stayed flat; this pattern usually means bought followers or "
                        + "engagement pods.";
                case MEDIUM -> "Engagement rate " + (change / 10) + "% is well below the tier norm for an account with "
                        + followers + " followers.";
                default -> "The account changed its display name and bio; nothing else stands out yet.";
            };
        }

        private static String evidence(Rule rule, long followers, double change, Integer account) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("rule", rule.id());
            e.put("accountId", account);
            e.put("followers", followers);
            e.put("previousFollowers", (long) (followers / (1 + change / 100)));
            e.put("changePct", change);
            e.put("window", "P7D");
            e.put("engagementRate", Math.round(change * 7) / 1000.0);
            e.put("tierNorm", Map.of("low", 0.8, "high", 3.5));
            e.put("recentCaptions", List.of("新作コスメをレビューしました #PR", "Giveaway time! Follow + like to enter"));
            return Json.write(e);
        }

        private static String comment(int seed) {
            return switch (seed % 6) {
                case 0 -> "Checked the follower list: many accounts created the same week. Escalating to legal.";
                case 1 -> "ブランド担当に確認済み。契約前に再審査します。";
                case 2 -> "=HYPERLINK(\"http://evil.example\",\"click\") pasted by a user; keep as text.";
                case 3 -> "False positive: the jump follows a TV appearance on 2026-10-02.";
                case 4 -> "Talked to the agency, they deny buying followers.\nWaiting for their analytics export.";
                default -> "Duplicate of an earlier alert on the same account.";
            };
        }
    }

    /** One row of PostgreSQL COPY text format: tab-separated, \N for null, backslash escapes. */
    private static final class Row {

        private final Writer w;
        private boolean first = true;

        Row(Writer w) {
            this.w = w;
        }

        Row cell(Object v) throws IOException {
            if (!first) {
                w.write('\t');
            }
            first = false;
            if (v == null) {
                w.write("\\N");
                return this;
            }
            String s = v instanceof Boolean b ? (b ? "t" : "f") : v.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> w.write("\\\\");
                    case '\t' -> w.write("\\t");
                    case '\n' -> w.write("\\n");
                    case '\r' -> w.write("\\r");
                    default -> w.write(c);
                }
            }
            return this;
        }

        void end() throws IOException {
            w.write('\n');
            first = true;
        }
    }
}

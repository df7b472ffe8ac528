package dev.creatorwatch.alert;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.Cursor;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Creator;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.health.SourceHealth;
import dev.creatorwatch.rules.Severity;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Filtered, keyset-paged alert listing (newest activity first), the triage queue and per-creator grouping. Filters
 * are bound parameters, never spliced into the query text, so hostile filter values are inert.
 */
@ApplicationScoped
public class AlertQuery {

    private final Clock clock;
    private final TriageConfig triage;
    private final SourceHealth health;

    public AlertQuery(Clock clock, TriageConfig triage, SourceHealth health) {
        this.clock = clock;
        this.triage = triage;
        this.health = health;
    }

    /** The filters; every one is optional. The same set drives listing, bulk actions and exports. */
    public record Filter(List<AlertStatus> statuses, List<Severity> severities, String ruleId, List<Tier> tiers,
            Platform platform, Long creatorId, Instant from, Instant to, String assignee, String tag) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null, null);

        /** Parses the query-parameter form; unknown values are 422 problems naming the parameter. */
        public static Filter parse(List<String> status, List<String> severity, String rule, List<String> tier,
                String platform, Long creator, String from, String to, String assignee, String tag) {
            return new Filter(QueryParams.list("status", status, AlertStatus::fromName),
                    QueryParams.list("severity", severity, Severity::fromName), blankToNull(rule),
                    QueryParams.list("tier", tier, Tier::fromName),
                    QueryParams.one("platform", platform, Platform::fromName), creator,
                    QueryParams.instant("from", from), QueryParams.instant("to", to), Assignees.spelling(assignee),
                    tag == null || tag.isBlank() ? null : AlertTriage.normalTag(tag));
        }

        /** The same filter without the severity condition (the queue tests severity by its rank instead). */
        Filter withoutSeverities() {
            return new Filter(statuses, null, ruleId, tiers, platform, creatorId, from, to, assignee, tag);
        }

        /** The filter as an audit record shows it. */
        public Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", statuses);
            m.put("severity", severities);
            m.put("rule", ruleId);
            m.put("tier", tiers);
            m.put("platform", platform);
            m.put("creator", creatorId);
            m.put("from", from == null ? null : from.toString());
            m.put("to", to == null ? null : to.toString());
            m.put("assignee", assignee);
            m.put("tag", tag);
            m.values().removeIf(v -> v == null || v instanceof Collection<?> c && c.isEmpty());
            return m;
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** Appends the filter's conditions on alias {@code a} and binds their values into {@code params}. */
    public static void where(Filter f, StringBuilder q, Map<String, Object> params) {
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            q.append(" and a.status in :statuses");
            params.put("statuses", f.statuses());
        }
        if (f.severities() != null && !f.severities().isEmpty()) {
            q.append(" and a.severity in :severities");
            params.put("severities", f.severities());
        }
        if (f.ruleId() != null) {
            q.append(" and a.ruleId = :rule");
            params.put("rule", f.ruleId());
        }
        if (f.creatorId() != null) {
            q.append(" and a.creatorId = :creator");
            params.put("creator", f.creatorId());
        }
        if (f.tiers() != null && !f.tiers().isEmpty()) {
            q.append(" and a.creatorId in (select c.id from Creator c where c.tier in :tiers)");
            params.put("tiers", f.tiers());
        }
        if (f.platform() != null) {
            q.append(" and a.accountId in (select ac.id from Account ac where ac.platform = :platform)");
            params.put("platform", f.platform());
        }
        if (f.from() != null) {
            q.append(" and a.lastSeen >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            q.append(" and a.lastSeen < :to");
            params.put("to", f.to());
        }
        if (f.assignee() != null) {
            q.append(" and a.assignee = :assignee");
            params.put("assignee", f.assignee());
        }
        if (f.tag() != null) {
            q.append(" and :tag member of a.tags");
            params.put("tag", f.tag());
        }
    }

    /**
     * Alerts matching the filter, newest activity first, keyset-paged on (last seen, id). Read in two steps, see
     * {@link #pageIds}: the ids along index {@code ix_alert_list}, then the page's rows.
     */
    public Page<AlertView> list(Filter f, String after, int limit) {
        StringBuilder q = new StringBuilder("select a.id from Alert a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        where(f, q, params);
        Cursor cursor = Cursor.decode(after);
        if (cursor != null) {
            if (cursor.at() == null) {
                throw ApiException.invalid("after", "is not a cursor this API returned");
            }
            q.append(" and (a.lastSeen < :cAt or (a.lastSeen = :cAt and a.id < :cId))");
            params.put("cAt", cursor.at());
            params.put("cId", cursor.id());
        }
        q.append(" order by a.lastSeen desc, a.id desc");
        List<Alert> rows = pageRows(q.toString(), params, limit + 1);
        boolean more = rows.size() > limit;
        List<Alert> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new Cursor(page.get(limit - 1).lastSeen, page.get(limit - 1).id).encode() : null;
        return new Page<>(views(page), next);
    }

    /**
     * The triage queue: open, not snoozed alerts, most severe first, then highest risk, then oldest. Keyset-paged on
     * (severity rank, risk, first seen, id), read along index {@code ix_alert_queue} in two steps (see
     * {@link #pageIds}). A severity filter is a range of ranks, so the index walk starts at the most severe rank asked
     * for instead of stepping over every more severe open alert. The other filters are those of the list; a status
     * filter can only narrow the open statuses.
     */
    public Page<AlertView> queue(Filter f, String after, int limit) {
        if (f.statuses() != null && f.statuses().contains(AlertStatus.CLOSED)) {
            throw ApiException.invalid("status", "cannot be CLOSED: the queue holds open alerts only (list closed "
                    + "ones with GET /api/alerts?status=CLOSED)");
        }
        StringBuilder q = new StringBuilder(
                "select a.id from Alert a where a.open = true and (a.snoozedUntil is null or a.snoozedUntil <= :now)");
        Map<String, Object> params = new HashMap<>();
        params.put("now", clock.instant());
        if (f.severities() != null && !f.severities().isEmpty()) {
            List<Integer> ranks = f.severities().stream().map(Severity::ordinal).distinct().toList();
            q.append(" and a.severityRank between :minRank and :maxRank and a.severityRank in :ranks");
            params.put("minRank", ranks.stream().mapToInt(Integer::intValue).min().orElseThrow());
            params.put("maxRank", ranks.stream().mapToInt(Integer::intValue).max().orElseThrow());
            params.put("ranks", ranks);
        }
        where(f.withoutSeverities(), q, params);
        QueueCursor c = QueueCursor.decode(after);
        if (c != null) {
            // The leading "severityRank <= :r" bound lets the database start the index range at the cursor.
            q.append(" and a.severityRank <= :r and (a.severityRank < :r or (a.riskScore < :risk or (a.riskScore = "
                    + ":risk and (a.firstSeen > :fs or (a.firstSeen = :fs and a.id > :id)))))");
            params.put("r", c.rank());
            params.put("risk", c.risk());
            params.put("fs", c.firstSeen());
            params.put("id", c.id());
        }
        q.append(" order by a.severityRank desc, a.riskScore desc, a.firstSeen asc, a.id asc");
        List<Alert> rows = pageRows(q.toString(), params, limit + 1);
        boolean more = rows.size() > limit;
        List<Alert> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Alert last = page.get(limit - 1);
            next = new QueueCursor(last.severityRank, last.riskScore, last.firstSeen, last.id).encode();
        }
        return new Page<>(views(page), next);
    }

    /**
     * One page of alerts in two steps: the ids first ({@code idQuery} selects {@code a.id} with the page's filter and
     * order), then those rows. The indexes the list and queue read ({@code ix_alert_list}, {@code ix_alert_queue})
     * carry every filterable column after their sort keys, so step one is an index-only walk that never touches the
     * table for the rows a filter skips; only the page's rows are read. On a million alerts that is the difference
     * between a few milliseconds and hundreds.
     */
    private static List<Alert> pageRows(String idQuery, Map<String, Object> params, int max) {
        TypedQuery<Long> query = Panache.getEntityManager().createQuery(idQuery, Long.class);
        params.forEach(query::setParameter);
        List<Long> ids = query.setMaxResults(max).getResultList();
        Map<Long, Alert> rows = byId(Alert.class, ids, a -> a.id);
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /** Open alerts grouped by creator: counts per severity, highest risk, oldest open; riskiest creators first. */
    public List<CreatorGroup> byCreator(int limit) {
        List<Object[]> rows = Panache.getEntityManager().createQuery("select a.creatorId, a.severity, count(a), "
                + "max(a.riskScore), min(a.firstSeen) from Alert a where a.open = true group by a.creatorId, a.severity",
                Object[].class).getResultList();
        Map<Long, CreatorGroupBuilder> groups = new HashMap<>();
        for (Object[] r : rows) {
            CreatorGroupBuilder g = groups.computeIfAbsent((Long) r[0], CreatorGroupBuilder::new);
            g.add((Severity) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), (Instant) r[4]);
        }
        List<CreatorGroupBuilder> top = groups.values().stream()
                .sorted((x, y) -> x.maxRisk != y.maxRisk ? Integer.compare(y.maxRisk, x.maxRisk)
                        : x.oldest.compareTo(y.oldest))
                .limit(limit).toList();
        Map<Long, Creator> creators = byId(Creator.class, top.stream().map(g -> g.creatorId).toList(), c -> c.id);
        return top.stream().map(g -> {
            Creator c = creators.get(g.creatorId);
            return new CreatorGroup(new AlertView.CreatorRef(g.creatorId, c == null ? null : c.name,
                    c == null ? Tier.UNKNOWN : c.tier), g.open, g.counts, g.maxRisk, g.oldest);
        }).toList();
    }

    /** One creator's open alerts at a glance. */
    public record CreatorGroup(AlertView.CreatorRef creator, long open, Map<Severity, Long> openBySeverity,
            int maxRisk, Instant oldestOpen) {
    }

    private static final class CreatorGroupBuilder {
        final long creatorId;
        final Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        long open;
        int maxRisk = -1;
        Instant oldest = Instant.MAX;

        CreatorGroupBuilder(Long creatorId) {
            this.creatorId = creatorId;
            for (Severity s : Severity.values()) {
                counts.put(s, 0L);
            }
        }

        void add(Severity s, long n, int risk, Instant first) {
            counts.put(s, n);
            open += n;
            maxRisk = Math.max(maxRisk, risk);
            oldest = first.isBefore(oldest) ? first : oldest;
        }
    }

    public AlertView.SlaView sla(Alert a, Instant now) {
        Duration sla = triage.sla().of(a.severity);
        Instant end = a.status.isOpen() || a.closedAt == null ? now : a.closedAt;
        Instant due = a.firstSeen.plus(sla);
        return new AlertView.SlaView(Math.max(0, Duration.between(a.firstSeen, end).toSeconds()), due,
                a.status.isOpen() && now.isAfter(due));
    }

    /** Views for a batch of alerts, loading their creators and accounts in two queries. */
    public List<AlertView> views(List<Alert> alerts) {
        Instant now = clock.instant();
        Map<Long, Creator> creators = byId(Creator.class, alerts.stream().map(a -> a.creatorId).toList(), c -> c.id);
        Map<Long, Account> accounts = byId(Account.class,
                alerts.stream().map(a -> a.accountId).filter(Objects::nonNull).toList(), a -> a.id);
        List<AlertView> out = new ArrayList<>(alerts.size());
        for (Alert a : alerts) {
            Creator c = creators.get(a.creatorId);
            Account ac = a.accountId == null ? null : accounts.get(a.accountId);
            out.add(new AlertView(a.id, a.ruleId, a.ruleVersion, a.title, a.severity, a.riskScore, a.status, a.reason,
                    a.evidenceMap(),
                    new AlertView.CreatorRef(a.creatorId, c == null ? null : c.name, c == null ? Tier.UNKNOWN : c.tier),
                    ac == null ? null : new AlertView.AccountRef(ac.id, ac.platform.id(), ac.handle, ac.profileUrl),
                    a.tierAtDetection, a.firstSeen, a.lastSeen, a.occurrenceCount, a.closeReason, a.closedAt,
                    a.assignee, new TreeSet<>(a.tags), a.snoozedUntil, a.dedupKey, sla(a, now),
                    ac == null ? null : health.freshness(ac)));
        }
        return out;
    }

    public static <T> Map<Long, T> byId(Class<T> type, Collection<Long> ids, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        List<T> rows = Panache.getEntityManager()
                .createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList();
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** Keyset position in the queue order. */
    record QueueCursor(int rank, int risk, Instant firstSeen, long id) {

        String encode() {
            String raw = rank + "|" + risk + "|" + firstSeen + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static QueueCursor decode(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] p = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                return new QueueCursor(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Instant.parse(p[2]),
                        Long.parseLong(p[3]));
            } catch (RuntimeException e) {
                throw ApiException.invalid("after", "is not a cursor this API returned");
            }
        }
    }
}

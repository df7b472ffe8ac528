package dev.creatorwatch.alert;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.Cursor;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Creator;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.rules.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Filtered, keyset-paged alert listing, newest activity first. Filters are bound parameters, never spliced into the
 * query text, so hostile filter values are inert.
 */
@ApplicationScoped
public class AlertQuery {

    /** The filters; every one is optional. */
    public record Filter(List<AlertStatus> statuses, List<Severity> severities, String ruleId, List<Tier> tiers,
            Platform platform, Long creatorId, Instant from, Instant to) {
    }

    public Page<AlertView> list(Filter f, String after, int limit) {
        StringBuilder q = new StringBuilder("select a from Alert a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
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
        List<Alert> rows = Alert.<Alert>find(q.toString(), params).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Alert> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new Cursor(page.get(limit - 1).lastSeen, page.get(limit - 1).id).encode() : null;
        return new Page<>(views(page), next);
    }

    /** Views for a batch of alerts, loading their creators and accounts in two queries. */
    public List<AlertView> views(List<Alert> alerts) {
        Map<Long, Creator> creators = byId(Creator.class, alerts.stream().map(a -> a.creatorId).toList(), c -> c.id);
        Map<Long, Account> accounts = byId(Account.class,
                alerts.stream().map(a -> a.accountId).filter(java.util.Objects::nonNull).toList(), a -> a.id);
        List<AlertView> out = new ArrayList<>(alerts.size());
        for (Alert a : alerts) {
            Creator c = creators.get(a.creatorId);
            Account ac = a.accountId == null ? null : accounts.get(a.accountId);
            out.add(new AlertView(a.id, a.ruleId, a.ruleVersion, a.title, a.severity, a.riskScore, a.status, a.reason,
                    a.evidenceMap(),
                    new AlertView.CreatorRef(a.creatorId, c == null ? null : c.name, c == null ? Tier.UNKNOWN : c.tier),
                    ac == null ? null : new AlertView.AccountRef(ac.id, ac.platform.id(), ac.handle, ac.profileUrl),
                    a.tierAtDetection, a.firstSeen, a.lastSeen, a.occurrenceCount));
        }
        return out;
    }

    private static <T> Map<Long, T> byId(Class<T> type, Collection<Long> ids, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        List<T> rows = io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList();
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}

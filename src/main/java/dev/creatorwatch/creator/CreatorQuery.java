package dev.creatorwatch.creator;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.alert.AlertQuery;
import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.Cursor;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.rules.RiskScore;
import dev.creatorwatch.snapshot.ProfileSnapshot;
import dev.creatorwatch.snapshot.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Read side of creators: filtered keyset listing, the full detail, snapshot history. */
@ApplicationScoped
public class CreatorQuery {

    private final AlertQuery alerts;
    private final SnapshotRepository snapshots;

    public CreatorQuery(AlertQuery alerts, SnapshotRepository snapshots) {
        this.alerts = alerts;
        this.snapshots = snapshots;
    }

    /** The filters of the list; every one is optional. */
    public record Filter(String nameContains, List<Tier> tiers, String tag, Boolean protectedIdentity,
            Platform platform) {
    }

    public Page<CreatorViews.Summary> list(Filter f, String after, int limit) {
        StringBuilder q = new StringBuilder("select c from Creator c where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.nameContains() != null) {
            q.append(" and lower(c.name) like :name escape '!'");
            params.put("name", "%" + likeEscape(f.nameContains().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (f.tiers() != null && !f.tiers().isEmpty()) {
            q.append(" and c.tier in :tiers");
            params.put("tiers", f.tiers());
        }
        if (f.tag() != null) {
            q.append(" and :tag member of c.tags");
            params.put("tag", f.tag());
        }
        if (f.protectedIdentity() != null) {
            q.append(" and c.protectedIdentity = :prot");
            params.put("prot", f.protectedIdentity());
        }
        if (f.platform() != null) {
            q.append(" and exists (select 1 from Account a where a.creator = c and a.platform = :platform)");
            params.put("platform", f.platform());
        }
        Cursor cursor = Cursor.decode(after);
        if (cursor != null) {
            q.append(" and c.id > :after");
            params.put("after", cursor.id());
        }
        q.append(" order by c.id");
        List<Creator> rows = Creator.<Creator>find(q.toString(), params).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<Creator> page = more ? rows.subList(0, limit) : rows;
        Map<Long, List<Integer>> open = openAlertScores(page.stream().map(c -> c.id).toList());
        List<CreatorViews.Summary> items = new ArrayList<>();
        for (Creator c : page) {
            List<Integer> scores = open.getOrDefault(c.id, List.of());
            items.add(new CreatorViews.Summary(c.id, c.name, c.tier, c.protectedIdentity, new TreeSet<>(c.tags),
                    RiskScore.combine(scores), scores.size(),
                    c.accounts.stream().map(a -> new CreatorViews.AccountBrief(a.id, a.platform.id(), a.handle, a.tier))
                            .toList(),
                    c.createdAt, c.updatedAt));
        }
        String next = more ? new Cursor(null, page.get(limit - 1).id).encode() : null;
        return new Page<>(items, next);
    }

    public CreatorViews.Detail detail(long id) {
        Creator c = Creator.<Creator>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Creator", id));
        List<Alert> open = Alert.<Alert>find("creatorId = ?1 and status <> ?2 order by riskScore desc, lastSeen desc",
                c.id, AlertStatus.CLOSED).list();
        List<CreatorViews.AccountDetail> accounts = c.accounts.stream().map(this::accountDetail).toList();
        List<CreatorViews.TierStep> tiers = TierChange.<TierChange>find("creatorId = ?1 order by changedAt, id", c.id)
                .list().stream().map(t -> new CreatorViews.TierStep(t.accountId, t.fromTier, t.toTier, t.followers,
                        t.changedAt)).toList();
        return new CreatorViews.Detail(c.id, c.name, c.notes, c.tier, c.protectedIdentity, new TreeSet<>(c.tags),
                RiskScore.combine(open.stream().map(a -> a.riskScore).toList()), accounts, alerts.views(open), tiers,
                c.createdAt, c.updatedAt);
    }

    public Page<CreatorViews.SnapshotView> snapshots(long creatorId, String after, int limit) {
        Creator c = Creator.<Creator>findByIdOptional(creatorId)
                .orElseThrow(() -> ApiException.notFound("Creator", creatorId));
        Cursor cursor = Cursor.decode(after);
        List<ProfileSnapshot> rows = snapshots.attempts(c.accounts.stream().map(a -> a.id).toList(),
                cursor == null ? null : cursor.id(), limit + 1);
        boolean more = rows.size() > limit;
        List<ProfileSnapshot> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new Cursor(null, page.get(limit - 1).id).encode() : null;
        return new Page<>(page.stream().map(CreatorQuery::snapshotView).toList(), next);
    }

    private CreatorViews.AccountDetail accountDetail(Account a) {
        ProfileSnapshot s = snapshots.latestGood(a.id).orElse(null);
        return new CreatorViews.AccountDetail(a.id, a.platform.id(), a.handle, a.profileUrl, a.tier,
                s == null ? null : s.followers, s == null ? null : s.following, s == null ? null : s.posts,
                s == null ? null : s.engagementRate, s == null ? null : s.verified, s == null ? null : s.displayName,
                s == null ? null : s.capturedAt, a.lastScanAt, a.lastOutcome, a.nextScanAt);
    }

    static CreatorViews.SnapshotView snapshotView(ProfileSnapshot s) {
        return new CreatorViews.SnapshotView(s.id, s.accountId, s.capturedAt, s.outcome, s.httpStatus, s.durationMs,
                s.error, s.handle, s.displayName, s.bio, s.externalUrl, s.verified, s.followers, s.following, s.posts,
                s.engagementRate, s.contentHash);
    }

    private static Map<Long, List<Integer>> openAlertScores(List<Long> creatorIds) {
        Map<Long, List<Integer>> out = new HashMap<>();
        if (creatorIds.isEmpty()) {
            return out;
        }
        List<Alert> open = Alert.<Alert>find("creatorId in ?1 and status <> ?2", creatorIds, AlertStatus.CLOSED)
                .list();
        for (Alert a : open) {
            out.computeIfAbsent(a.creatorId, k -> new ArrayList<>()).add(a.riskScore);
        }
        return out;
    }

    private static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

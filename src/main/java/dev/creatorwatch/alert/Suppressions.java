package dev.creatorwatch.alert;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.audit.AuditTrail;
import dev.creatorwatch.creator.Creator;
import dev.creatorwatch.rules.RuleCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creates, lists and revokes suppressions; every change is audited. */
@ApplicationScoped
@Transactional(dontRollbackOn = ApiException.class)
public class Suppressions {

    public static final String ENTITY = "suppression";

    private final AuditTrail audit;
    private final Clock clock;
    private final RuleCatalog rules;
    private final TriageConfig config;

    public Suppressions(AuditTrail audit, Clock clock, RuleCatalog rules, TriageConfig config) {
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
        this.config = config;
    }

    /** What to silence: {@code dedupKey}, or {@code ruleId} + {@code creatorId}; with a reason and an expiry. */
    public record Request(String dedupKey, String ruleId, Long creatorId, String reason, Instant expiresAt) {
    }

    /** A suppression as the API shows it, with how many findings it has absorbed. */
    public record View(long id, String dedupKey, String ruleId, Long creatorId, String reason, Instant expiresAt,
            String createdBy, Instant createdAt, Instant revokedAt, boolean active, long suppressedCount,
            Instant lastSuppressedAt) {
    }

    public View create(Actor actor, Request r) {
        if (r == null) {
            throw ApiException.badRequest("A suppression needs a body");
        }
        boolean byKey = r.dedupKey() != null && !r.dedupKey().isBlank();
        boolean byRule = r.ruleId() != null && !r.ruleId().isBlank() && r.creatorId() != null;
        if (byKey == byRule) {
            throw ApiException.invalid("dedupKey", "give either dedupKey, or ruleId and creatorId");
        }
        if (r.reason() == null || r.reason().isBlank() || r.reason().length() > 1000) {
            throw ApiException.invalid("reason", "is required (at most 1000 characters)");
        }
        Instant now = clock.instant();
        if (r.expiresAt() == null || !r.expiresAt().isAfter(now)) {
            throw ApiException.invalid("expiresAt", "is required and must be in the future");
        }
        Duration max = config.maxSuppression();
        if (r.expiresAt().isAfter(now.plus(max))) {
            throw ApiException.invalid("expiresAt", "must be at most " + max.toDays() + " days ahead ("
                    + now.plus(max) + "); a suppression is decided again at least that often");
        }
        // Keys and ids are compared exactly when findings are matched, so they are stored as they will be compared.
        String dedupKey = byKey ? r.dedupKey().strip() : null;
        String ruleId = byRule ? r.ruleId().strip() : null;
        if (byKey && dedupKey.length() > 600 || byRule && ruleId.length() > 100) {
            throw ApiException.invalid(byKey ? "dedupKey" : "ruleId", "is too long");
        }
        // A suppression naming no rule or no creator could never match a finding: refused rather than kept as a
        // silent no-op that looks like protection.
        if (byRule && rules.find(ruleId).isEmpty()) {
            throw ApiException.invalid("ruleId", "names no rule in force (see GET /api/rules)");
        }
        if (byRule && Creator.findByIdOptional(r.creatorId()).isEmpty()) {
            throw ApiException.invalid("creatorId", "names no creator");
        }
        Suppression s = new Suppression();
        s.dedupKey = dedupKey;
        s.ruleId = ruleId;
        s.creatorId = byRule ? r.creatorId() : null;
        s.reason = r.reason().strip();
        s.expiresAt = r.expiresAt();
        s.createdBy = actor.name();
        s.createdAt = now;
        s.persist();
        audit.record(actor, ENTITY, s.id, "created", null, state(s));
        return view(s, now);
    }

    public View revoke(Actor actor, long id) {
        Suppression s = Suppression.<Suppression>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Suppression", id));
        Instant now = clock.instant();
        if (s.revokedAt != null) {
            throw ApiException.conflict("Suppression " + id + " is already revoked");
        }
        Map<String, Object> before = state(s);
        s.revokedAt = now;
        audit.record(actor, ENTITY, s.id, "revoked", before, state(s));
        return view(s, now);
    }

    public List<View> list(boolean activeOnly) {
        Instant now = clock.instant();
        List<Suppression> rows = activeOnly
                ? Suppression.<Suppression>list("revokedAt is null and expiresAt > ?1 order by id", now)
                : Suppression.<Suppression>list("order by id");
        return rows.stream().map(s -> view(s, now)).toList();
    }

    public View get(long id) {
        return view(Suppression.<Suppression>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Suppression", id)), clock.instant());
    }

    private static Map<String, Object> state(Suppression s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dedupKey", s.dedupKey);
        m.put("ruleId", s.ruleId);
        m.put("creatorId", s.creatorId);
        m.put("reason", s.reason);
        m.put("expiresAt", s.expiresAt.toString());
        m.put("revokedAt", s.revokedAt == null ? null : s.revokedAt.toString());
        return m;
    }

    private static View view(Suppression s, Instant now) {
        return new View(s.id, s.dedupKey, s.ruleId, s.creatorId, s.reason, s.expiresAt, s.createdBy, s.createdAt,
                s.revokedAt, s.activeAt(now), s.suppressedCount, s.lastSuppressedAt);
    }
}

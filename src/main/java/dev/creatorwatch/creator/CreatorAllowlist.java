package dev.creatorwatch.creator;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.audit.AuditTrail;
import dev.creatorwatch.rules.impersonation.PlatformHandles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts a protected creator or brand has sanctioned (a known fan account, a sub-brand): impersonation rules
 * and discovery raise nothing about them on this creator's behalf. Adding and revoking are audited; entries are
 * revoked, not deleted.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ApiException.class)
public class CreatorAllowlist {

    public static final String ENTITY = "creator-allowlist";

    private final AuditTrail audit;
    private final Clock clock;
    private final Event<CreatorsChanged> changed;

    public CreatorAllowlist(AuditTrail audit, Clock clock, Event<CreatorsChanged> changed) {
        this.audit = audit;
        this.clock = clock;
        this.changed = changed;
    }

    /** The account to allow: {@code platform} + {@code handle}, or its {@code profileUrl}; and why. */
    public record Request(String platform, String handle, String profileUrl, String reason) {
    }

    /** An entry as the API shows it. */
    public record View(long id, long creatorId, String platform, String handle, String profileUrl, String reason,
            String createdBy, Instant createdAt, Instant revokedAt, String revokedBy, boolean active) {
    }

    public View add(Actor actor, long creatorId, Request r) {
        Creator c = Creator.<Creator>findByIdOptional(creatorId)
                .orElseThrow(() -> ApiException.notFound("Creator", creatorId));
        if (r == null) {
            throw ApiException.badRequest("An allowlist entry needs a body");
        }
        if (r.reason() == null || r.reason().isBlank() || r.reason().length() > 1000) {
            throw ApiException.invalid("reason", "is required (at most 1000 characters)");
        }
        Target t = target(r);
        if (AllowlistedAccount.count("creatorId = ?1 and platform = ?2 and handle = ?3 and revokedAt is null", c.id,
                t.platform(), t.handle()) > 0) {
            throw ApiException.conflict(t.platform().id() + "/" + t.handle() + " is already on the allowlist of creator "
                    + c.id);
        }
        AllowlistedAccount a = new AllowlistedAccount();
        a.creatorId = c.id;
        a.platform = t.platform();
        a.handle = t.handle();
        a.profileUrl = t.url();
        a.reason = r.reason().strip();
        a.createdBy = actor.name();
        a.createdAt = clock.instant();
        a.persist();
        audit.record(actor, ENTITY, a.id, "added", null, state(a));
        changed.fire(new CreatorsChanged(c.id));
        return view(a);
    }

    public View revoke(Actor actor, long creatorId, long entryId) {
        AllowlistedAccount a = AllowlistedAccount.<AllowlistedAccount>findByIdOptional(entryId)
                .filter(x -> x.creatorId == creatorId)
                .orElseThrow(() -> ApiException.notFound("Allowlist entry", entryId + " of creator " + creatorId));
        if (!a.active()) {
            throw ApiException.conflict("Allowlist entry " + entryId + " is already revoked");
        }
        Map<String, Object> before = state(a);
        a.revokedAt = clock.instant();
        a.revokedBy = actor.name();
        audit.record(actor, ENTITY, a.id, "revoked", before, state(a));
        changed.fire(new CreatorsChanged(creatorId));
        return view(a);
    }

    public List<View> list(long creatorId) {
        Creator.<Creator>findByIdOptional(creatorId).orElseThrow(() -> ApiException.notFound("Creator", creatorId));
        return AllowlistedAccount.<AllowlistedAccount>list("creatorId = ?1 order by id", creatorId).stream()
                .map(CreatorAllowlist::view).toList();
    }

    private record Target(Platform platform, String handle, String url) {
    }

    /** Platform and handle from the request, or read from the profile URL. */
    private static Target target(Request r) {
        boolean byUrl = r.profileUrl() != null && !r.profileUrl().isBlank();
        boolean byHandle = r.handle() != null && !r.handle().isBlank();
        if (byUrl == byHandle) {
            throw ApiException.invalid("handle", "give either platform and handle, or profileUrl");
        }
        if (byHandle) {
            Platform platform = Platform.fromName(r.platform()).orElseThrow(() -> ApiException.invalid("platform",
                    "is required with a handle and must be a known platform"));
            ProfileUrls.checkHandle("handle", r.handle());
            return new Target(platform, ProfileUrls.normalizeHandle(r.handle()), null);
        }
        String url = ProfileUrls.checkUrl("profileUrl", r.profileUrl().trim());
        URI uri = URI.create(url);
        Platform platform = Platform.ofUrl(uri);
        String handle = PlatformHandles.handleFromUrl(platform, uri).orElseThrow(() -> ApiException.invalid(
                "profileUrl", "does not name a profile on a known platform (give platform and handle instead)"));
        return new Target(platform, handle, url);
    }

    private static Map<String, Object> state(AllowlistedAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("creatorId", a.creatorId);
        m.put("platform", a.platform.id());
        m.put("handle", a.handle);
        m.put("profileUrl", a.profileUrl);
        m.put("reason", a.reason);
        m.put("revokedAt", a.revokedAt == null ? null : a.revokedAt.toString());
        return m;
    }

    private static View view(AllowlistedAccount a) {
        return new View(a.id, a.creatorId, a.platform.id(), a.handle, a.profileUrl, a.reason, a.createdBy, a.createdAt,
                a.revokedAt, a.revokedBy, a.active());
    }
}

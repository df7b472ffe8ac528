package dev.creatorwatch.creator;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.audit.AuditTrail;
import dev.creatorwatch.security.CurrentActor;
import dev.creatorwatch.fetch.guard.RefusedUrlException;
import dev.creatorwatch.fetch.guard.UrlGuard;
import dev.creatorwatch.scan.ScanPlanner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creating, changing and removing creators and their accounts; usable from the API and from pages alike. */
@ApplicationScoped
public class CreatorService {

    private final Clock clock;
    private final ScanPlanner planner;
    private final UrlGuard guard;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Event<CreatorsChanged> changed;

    public CreatorService(Clock clock, ScanPlanner planner, UrlGuard guard, AuditTrail audit, CurrentActor actor,
            Event<CreatorsChanged> changed) {
        this.clock = clock;
        this.planner = planner;
        this.guard = guard;
        this.audit = audit;
        this.actor = actor;
        this.changed = changed;
    }

    /** What the audit trail keeps of a creator: its own fields and its accounts. */
    record AuditedCreator(String name, String notes, boolean protectedIdentity, java.util.Set<String> tags,
            List<String> accounts) {
        static AuditedCreator of(Creator c) {
            return new AuditedCreator(c.name, c.notes, c.protectedIdentity, new java.util.TreeSet<>(c.tags),
                    c.accounts.stream().map(a -> a.platform.id() + "/" + a.handle + " " + a.profileUrl).toList());
        }
    }

    @Transactional
    public Creator create(CreatorRequest req) {
        List<AccountRequest> accounts = req.accounts() == null ? List.of() : req.accounts();
        for (int i = 0; i < accounts.size(); i++) {
            // Checked here, not with @NotNull on the element: the validator would name it "accounts[0].<list element>".
            if (accounts.get(i) == null) {
                throw ApiException.invalid("accounts[" + i + "]", "must be an account, not null");
            }
        }
        Instant now = clock.instant();
        Creator c = new Creator();
        c.name = req.name().trim();
        c.notes = req.notes();
        if (req.tags() != null) {
            req.tags().forEach(t -> c.tags.add(t.trim()));
        }
        c.protectedIdentity = Boolean.TRUE.equals(req.protectedIdentity());
        c.createdAt = now;
        c.updatedAt = now;
        c.persist();
        for (int i = 0; i < accounts.size(); i++) {
            addAccount(c, accounts.get(i), "accounts[" + i + "]");
        }
        audit.record(actor.get(), "creator", c.id, "created", null, AuditedCreator.of(c));
        changed.fire(new CreatorsChanged(c.id));
        return c;
    }

    /** Changes only the fields the request gives (see {@link CreatorUpdate}); the others keep their values. */
    @Transactional
    public Creator update(long id, CreatorUpdate req) {
        Creator c = get(id);
        AuditedCreator before = AuditedCreator.of(c);
        if (req.name() != null) {
            c.name = req.name().trim();
        }
        if (req.notes() != null) {
            c.notes = req.notes().isBlank() ? null : req.notes();
        }
        if (req.tags() != null) {
            c.tags.clear();
            req.tags().forEach(t -> c.tags.add(t.trim()));
        }
        if (req.protectedIdentity() != null) {
            c.protectedIdentity = req.protectedIdentity();
        }
        c.updatedAt = clock.instant();
        audit.record(actor.get(), "creator", c.id, "updated", before, AuditedCreator.of(c));
        changed.fire(new CreatorsChanged(c.id));
        return c;
    }

    @Transactional
    public void delete(long id) {
        Creator c = get(id);
        audit.record(actor.get(), "creator", c.id, "deleted", AuditedCreator.of(c), null);
        c.delete();
        changed.fire(new CreatorsChanged(id));
    }

    public Creator get(long id) {
        return Creator.<Creator>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Creator", id));
    }

    @Transactional
    public List<Long> accountIds(long creatorId) {
        return get(creatorId).accounts.stream().map(a -> a.id).toList();
    }

    /**
     * Adds an account. Adding the platform + handle the creator already has is idempotent and returns the existing
     * account ({@code created} false); the same account on another creator is a conflict.
     */
    @Transactional
    public AccountAdded addAccount(long creatorId, AccountRequest req) {
        Creator c = get(creatorId);
        Optional<Account> existing = findAccount(req, "");
        if (existing.isPresent()) {
            Account a = existing.get();
            if (!a.creator.id.equals(c.id)) {
                throw ApiException.conflict("Account " + a.platform.id() + "/" + a.handle
                        + " already belongs to creator " + a.creator.id);
            }
            return new AccountAdded(a, false);
        }
        AuditedCreator before = AuditedCreator.of(c);
        Account added = addAccount(c, req, "");
        audit.record(actor.get(), "creator", c.id, "account-added", before, AuditedCreator.of(c));
        changed.fire(new CreatorsChanged(c.id));
        return new AccountAdded(added, true);
    }

    @Transactional
    public void removeAccount(long creatorId, long accountId) {
        Creator c = get(creatorId);
        Account a = c.accounts.stream().filter(x -> x.id == accountId).findFirst()
                .orElseThrow(() -> ApiException.notFound("Account", accountId + " of creator " + creatorId));
        AuditedCreator audited = AuditedCreator.of(c);
        c.accounts.remove(a);
        audit.record(actor.get(), "creator", c.id, "account-removed", audited, AuditedCreator.of(c));
        changed.fire(new CreatorsChanged(c.id));
        Tier before = c.tier;
        if (c.refreshTier()) {
            TierChange.of(c.id, null, before, c.tier, null, clock.instant()).persist();
        }
        c.updatedAt = clock.instant();
    }

    private Account addAccount(Creator c, AccountRequest req, String fieldPrefix) {
        String prefix = fieldPrefix.isEmpty() ? "" : fieldPrefix + ".";
        Platform platform = platform(prefix + "platform", req.platform());
        ProfileUrls.checkHandle(prefix + "handle", req.handle());
        String normalized = ProfileUrls.normalizeHandle(req.handle());
        if (findAccount(req, prefix).isPresent()) {
            throw ApiException.conflict("Account " + platform.id() + "/" + normalized + " is already watched");
        }
        Account a = new Account();
        a.creator = c;
        a.platform = platform;
        a.handle = req.handle().trim().startsWith("@") ? req.handle().trim().substring(1) : req.handle().trim();
        a.normalizedHandle = normalized;
        a.profileUrl = ProfileUrls.profileUrl(prefix + "profileUrl", platform, req.handle(), req.profileUrl());
        checkAddress(prefix + "profileUrl", a.profileUrl);
        a.createdAt = clock.instant();
        a.nextScanAt = planner.firstScan(a.createdAt);
        c.accounts.add(a);
        a.persist();
        return a;
    }

    /**
     * Refuses URLs that point at loopback, private, link-local or metadata addresses (unless allowlisted). A host that
     * does not resolve right now is accepted: the fetcher checks every hop again after resolution.
     */
    private void checkAddress(String field, String url) {
        try {
            guard.resolveAndCheck(URI.create(url));
        } catch (RefusedUrlException e) {
            throw ApiException.invalid(field, e.getMessage());
        } catch (UnknownHostException e) {
            // checked again when fetched
        }
    }

    private Optional<Account> findAccount(AccountRequest req, String prefix) {
        Platform platform = platform(prefix + "platform", req.platform());
        return Account.<Account>find("platform = ?1 and normalizedHandle = ?2", platform,
                ProfileUrls.normalizeHandle(req.handle())).firstResultOptional();
    }

    private static Platform platform(String field, String name) {
        return Platform.fromName(name).orElseThrow(() -> ApiException.invalid(field,
                "is not a known platform (" + String.join(", ",
                        java.util.Arrays.stream(Platform.values()).map(Platform::id).toList()) + ")"));
    }

    /** The account and whether this call created it. */
    public record AccountAdded(Account account, boolean created) {
    }
}

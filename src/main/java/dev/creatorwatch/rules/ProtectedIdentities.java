package dev.creatorwatch.rules;

import dev.creatorwatch.creator.AllowlistedAccount;
import dev.creatorwatch.creator.CreatorsChanged;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The current {@link ProtectedIdentitySet}: the accounts of protected creators and brands, with the display name, bio
 * and link of their latest good snapshot, and the accounts each has allowlisted. One instance is shared by every rule
 * context, so indexes built on it (see {@code ImpersonationModule}) are built once per change, not per snapshot.
 *
 * <p>Staying consistent across instances without any state of its own: at most every {@code check-interval} it reads
 * a fingerprint of the protected accounts and allowlists from the database (counts, highest ids, latest changes) and
 * reloads when it moved; every {@code max-age} it reloads anyway, to pick up display names and bios from new snapshots.
 * A reload that yields the same identities keeps the current set, and with it the indexes already built. On this
 * instance a {@link CreatorsChanged} event (after commit) forces the next call to check.
 */
@ApplicationScoped
public class ProtectedIdentities {

    private static final Logger LOG = Logger.getLogger(ProtectedIdentities.class);

    private final Clock clock;
    private final Duration checkInterval;
    private final Duration maxAge;
    private final int avatarSharedWithinBits;
    private volatile State state;
    private volatile boolean invalid = true;

    @Inject
    public ProtectedIdentities(Clock clock,
            @ConfigProperty(name = "monitor.protected-identities.check-interval", defaultValue = "10s")
            Duration checkInterval,
            @ConfigProperty(name = "monitor.protected-identities.max-age", defaultValue = "5m") Duration maxAge,
            @ConfigProperty(name = "monitor.avatar.shared-within-bits", defaultValue = "6") int avatarSharedWithinBits) {
        this.avatarSharedWithinBits = avatarSharedWithinBits;
        this.clock = clock;
        this.checkInterval = checkInterval;
        this.maxAge = maxAge;
    }

    /** What was loaded, when, and the fingerprint it was loaded at. */
    private record State(ProtectedIdentitySet set, String fingerprint, Instant checkedAt, Instant loadedAt) {
    }

    /** The identities as of now (at most {@code check-interval} behind the database). */
    public ProtectedIdentitySet current() {
        State s = state;
        Instant now = clock.instant();
        if (s != null && !invalid && now.isBefore(s.checkedAt().plus(checkInterval))) {
            return s.set();
        }
        return refresh(now);
    }

    /** The next {@link #current()} checks the database whatever the interval. */
    public void invalidate() {
        invalid = true;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CreatorsChanged event) {
        invalidate();
    }

    private synchronized ProtectedIdentitySet refresh(Instant now) {
        State s = state;
        if (s != null && !invalid && now.isBefore(s.checkedAt().plus(checkInterval))) {
            return s.set(); // another thread refreshed while this one waited
        }
        invalid = false;
        String fingerprint = QuarkusTransaction.joiningExisting().call(ProtectedIdentities::fingerprint);
        boolean stale = s == null || !fingerprint.equals(s.fingerprint())
                || !now.isBefore(s.loadedAt().plus(maxAge));
        if (!stale) {
            state = new State(s.set(), fingerprint, now, s.loadedAt());
            return s.set();
        }
        Loaded loaded = QuarkusTransaction.joiningExisting().call(() -> load(avatarSharedWithinBits));
        ProtectedIdentitySet set = s != null && s.set().all().equals(loaded.identities())
                && s.set().sanctionedKeys().equals(loaded.sanctionedKeys())
                ? s.set()
                : new ProtectedIdentitySet(loaded.identities(), loaded.sanctioned(), fingerprint);
        if (s == null || set != s.set()) {
            LOG.debugf("Protected identities reloaded: %s", set);
        }
        state = new State(set, fingerprint, now, now);
        return set;
    }

    /** Changes whenever a protected account or an allowlist entry is added, removed or edited. */
    static String fingerprint() {
        Object[] a = (Object[]) AllowlistedAccount.getEntityManager().createQuery(
                "select count(a.id), max(a.id), max(a.createdAt), max(c.updatedAt) from Account a join a.creator c "
                        + "where c.protectedIdentity = true").getSingleResult();
        Object[] l = (Object[]) AllowlistedAccount.getEntityManager().createQuery(
                "select count(l.id), max(l.id), max(l.revokedAt) from AllowlistedAccount l").getSingleResult();
        // A protected account's picture read for the first time or changed; other accounts' pictures only move the
        // shared-picture counts, which the max-age reload picks up.
        Object[] v = (Object[]) AllowlistedAccount.getEntityManager().createQuery(
                "select count(v.accountId), max(v.checkedAt) from AccountAvatar v where v.accountId in (select a.id from "
                        + "Account a where a.creator.protectedIdentity = true)").getSingleResult();
        // Maxima are null while a table is empty, so no List.of here.
        List<Object> parts = new ArrayList<>(java.util.Arrays.asList(a));
        parts.addAll(java.util.Arrays.asList(l));
        parts.addAll(java.util.Arrays.asList(v));
        return String.join("/", parts.stream().map(String::valueOf).toList());
    }

    private record Loaded(List<ProtectedIdentity> identities, List<ProtectedIdentitySet.Sanctioned> sanctioned) {

        java.util.Set<String> sanctionedKeys() {
            return new ProtectedIdentitySet(List.of(), sanctioned, "compare").sanctionedKeys();
        }
    }

    private static Loaded load(int avatarSharedWithinBits) {
        var em = AllowlistedAccount.getEntityManager();
        Map<Long, Object[]> latest = new HashMap<>();
        // Only the columns rules need, from each protected account's latest good snapshot.
        for (Object row : em.createQuery("select s.accountId, s.displayName, s.bio, s.externalUrl from ProfileSnapshot s "
                + "where s.outcome = ?1 and s.accountId in (select a.id from Account a where a.creator.protectedIdentity "
                + "= true) and s.capturedAt = (select max(s2.capturedAt) from ProfileSnapshot s2 where s2.accountId = "
                + "s.accountId and s2.outcome = ?1)").setParameter(1, FetchOutcome.OK).getResultList()) {
            Object[] r = (Object[]) row;
            latest.put((Long) r[0], r);
        }
        List<ProtectedIdentity> out = new ArrayList<>();
        for (Object row : em.createQuery("select a.id, a.platform, a.handle, c.id, c.name from Account a join a.creator c "
                + "where c.protectedIdentity = true order by a.id").getResultList()) {
            Object[] r = (Object[]) row;
            Long accountId = (Long) r[0];
            String creatorName = (String) r[4];
            Object[] s = latest.get(accountId);
            String displayName = s == null || s[1] == null ? creatorName : (String) s[1];
            out.add(new ProtectedIdentity((Long) r[3], creatorName, accountId, (Platform) r[1], (String) r[2],
                    displayName, s == null ? null : (String) s[2], s == null ? null : (String) s[3]));
        }
        out = withAvatars(em, out, avatarSharedWithinBits);
        List<ProtectedIdentitySet.Sanctioned> sanctioned = AllowlistedAccount.<AllowlistedAccount>list(
                "revokedAt is null").stream()
                .map(l -> new ProtectedIdentitySet.Sanctioned(l.creatorId, l.platform, l.handle)).toList();
        return new Loaded(List.copyOf(out), sanctioned);
    }

    /**
     * The identities with the hash of their stored picture and how many other creators show nearly the same picture.
     * The count compares each protected picture with every stored hash (one XOR and bit count each): linear in
     * protected pictures × stored pictures, done once per reload, not per scan.
     */
    private static List<ProtectedIdentity> withAvatars(jakarta.persistence.EntityManager em,
            List<ProtectedIdentity> identities, int withinBits) {
        Map<Long, Long> protectedHashes = new HashMap<>();
        for (Object row : em.createQuery("select v.accountId, v.hash from AccountAvatar v where v.hash is not null and "
                + "v.accountId in (select a.id from Account a where a.creator.protectedIdentity = true)")
                .getResultList()) {
            Object[] r = (Object[]) row;
            protectedHashes.put((Long) r[0], (Long) r[1]);
        }
        if (protectedHashes.isEmpty()) {
            return identities;
        }
        List<Object[]> all = em.createQuery("select distinct a.creator.id, v.hash from AccountAvatar v, Account a "
                + "where a.id = v.accountId and v.hash is not null", Object[].class).getResultList();
        long[] creators = new long[all.size()];
        long[] hashes = new long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            creators[i] = (Long) all.get(i)[0];
            hashes[i] = (Long) all.get(i)[1];
        }
        List<ProtectedIdentity> out = new ArrayList<>(identities.size());
        for (ProtectedIdentity p : identities) {
            Long bits = protectedHashes.get(p.accountId());
            if (bits == null) {
                out.add(p);
                continue;
            }
            AvatarHash hash = new AvatarHash(bits);
            java.util.Set<Long> sharing = new java.util.HashSet<>();
            for (int i = 0; i < hashes.length; i++) {
                if (creators[i] != p.creatorId() && hash.distance(new AvatarHash(hashes[i])) <= withinBits) {
                    sharing.add(creators[i]);
                }
            }
            out.add(p.withAvatar(hash, sharing.size()));
        }
        return out;
    }

    @Override
    public String toString() {
        State s = state;
        return "ProtectedIdentities[" + (s == null ? "not loaded" : Objects.toString(s.set())) + "]";
    }
}

package dev.creatorwatch.avatar;

import dev.creatorwatch.rules.AvatarHash;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Keeps each watched account's avatar hash current at the cost of one image fetch per new picture: the claim reads
 * what is stored ({@link #storedFor}), the scan calls {@link #refreshIfChanged} after a good read of the profile, and
 * the picture is fetched only when its URL changed (CDN signing parameters aside), or when no hash is stored yet and
 * a passing failure's retry time has come. The fetch and the short transaction storing its result run outside the
 * scan's transaction; failures are recorded and never block the scan.
 */
@ApplicationScoped
public class AccountAvatars {

    private static final Logger LOG = Logger.getLogger(AccountAvatars.class);

    private final AvatarHasher hasher;
    private final AvatarConfig config;
    private final Clock clock;

    public AccountAvatars(AvatarHasher hasher, AvatarConfig config, Clock clock) {
        this.hasher = hasher;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The stored picture of each of {@code accountIds}, for a claimed batch in one query; accounts without one are
     * absent. Runs in the caller's transaction.
     */
    public Map<Long, StoredAvatar> storedFor(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = AccountAvatar.getEntityManager().createQuery("select v.accountId, v.urlKey, v.hash, "
                        + "v.retryAt from AccountAvatar v where v.accountId in :ids", Object[].class)
                .setParameter("ids", accountIds).getResultList();
        Map<Long, StoredAvatar> stored = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            stored.put((Long) row[0], new StoredAvatar((String) row[1], (Long) row[2], (Instant) row[3]));
        }
        return stored;
    }

    /**
     * Reads the avatar the profile now shows when it is a new picture or still unread; never throws. Whether it is
     * new is decided from {@code stored}, read with the claim, so an unchanged picture costs no transaction.
     *
     * @param pageUrl   the profile page the avatar URL was read from (relative avatar URLs resolve against it)
     * @param avatarUrl the avatar URL as the page gave it; null leaves the stored row alone
     * @param stored    what was stored for the account when it was claimed; null when nothing was
     * @return what is stored for the account now: the new row when the picture was fetched, else {@code stored}
     */
    public StoredAvatar refreshIfChanged(long accountId, String pageUrl, String avatarUrl, StoredAvatar stored) {
        if (!config.enabled()) {
            return stored;
        }
        URI uri = AvatarUrls.resolve(avatarUrl, pageUrl);
        if (uri == null) {
            return stored;
        }
        String key = AvatarUrls.key(uri);
        Instant now = clock.instant();
        boolean due = stored == null || !stored.urlKey().equals(key)
                || (stored.hash() == null && stored.retryAt() != null && !now.isBefore(stored.retryAt()));
        if (!due) {
            return stored;
        }
        try {
            AvatarReading reading = hasher.read(avatarUrl, pageUrl);
            return QuarkusTransaction.requiringNew().call(() -> store(accountId, uri, key, reading, now));
        } catch (RuntimeException e) {
            // The scan goes on without a new hash; the stored row (if any) still names its own URL.
            LOG.warnf(e, "avatar of account %d could not be refreshed", accountId);
            return stored;
        }
    }

    private StoredAvatar store(long accountId, URI uri, String key, AvatarReading r, Instant now) {
        if (dev.creatorwatch.creator.Account.findById(accountId) == null) {
            return null; // deleted while the picture was fetched
        }
        AccountAvatar row = AccountAvatar.findById(accountId);
        if (row == null) {
            row = new AccountAvatar();
            row.accountId = accountId;
        }
        row.avatarUrl = limit(uri.toString(), 2048);
        row.urlKey = key;
        row.status = r.status();
        row.hash = r.hash() == null ? null : r.hash().bits();
        row.detail = limit(r.detail() == null ? null
                : (r.fetchOutcome() != null && r.status() == AvatarStatus.FETCH_FAILED ? r.fetchOutcome() + ": " : "")
                        + r.detail(), 1000);
        row.checkedAt = now;
        row.retryAt = r.status().retryable() ? now.plus(config.retryAfterFailure()) : null;
        if (!row.isPersistent()) {
            row.persist();
        }
        return StoredAvatar.of(row);
    }

    /**
     * The hash of the picture {@code avatarUrl} shows, as {@code stored} holds it, for the rules of a snapshot; null
     * when the snapshot shows no picture, another picture than the one stored, or one without a hash.
     */
    public AvatarHash hashFor(String pageUrl, String avatarUrl, StoredAvatar stored) {
        URI uri = AvatarUrls.resolve(avatarUrl, pageUrl);
        return uri == null || stored == null || stored.hash() == null || !stored.urlKey().equals(AvatarUrls.key(uri))
                ? null : new AvatarHash(stored.hash());
    }

    /** As {@link #hashFor(String, String, StoredAvatar)}, with the row read now, in the caller's transaction. */
    public AvatarHash hashFor(long accountId, String pageUrl, String avatarUrl) {
        if (AvatarUrls.resolve(avatarUrl, pageUrl) == null) {
            return null;
        }
        return hashFor(pageUrl, avatarUrl, AccountAvatar.<AccountAvatar>findByIdOptional(accountId)
                .map(StoredAvatar::of).orElse(null));
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package dev.creatorwatch.avatar;

import dev.creatorwatch.rules.AvatarHash;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps each watched account's avatar hash current at the cost of one image fetch per new picture: the scan calls
 * {@link #refreshIfChanged} after a good read of the profile, and the picture is fetched only when its URL changed
 * (CDN signing parameters aside), or when no hash is stored yet and a passing failure's retry time has come. The
 * fetch runs outside any transaction; failures are recorded and never block the scan.
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
     * Reads the avatar the profile now shows when it is a new picture or still unread; never throws.
     *
     * @param pageUrl   the profile page the avatar URL was read from (relative avatar URLs resolve against it)
     * @param avatarUrl the avatar URL as the page gave it; null leaves the stored row alone
     * @return true when the picture was fetched now
     */
    public boolean refreshIfChanged(long accountId, String pageUrl, String avatarUrl) {
        if (!config.enabled()) {
            return false;
        }
        URI uri = AvatarUrls.resolve(avatarUrl, pageUrl);
        if (uri == null) {
            return false;
        }
        String key = AvatarUrls.key(uri);
        Instant now = clock.instant();
        try {
            boolean due = QuarkusTransaction.requiringNew().call(() -> {
                AccountAvatar row = AccountAvatar.findById(accountId);
                return row == null || !row.urlKey.equals(key)
                        || (row.hash == null && row.retryAt != null && !now.isBefore(row.retryAt));
            });
            if (!due) {
                return false;
            }
            AvatarReading reading = hasher.read(avatarUrl, pageUrl);
            QuarkusTransaction.requiringNew().run(() -> store(accountId, uri, key, reading, now));
            return true;
        } catch (RuntimeException e) {
            // The scan goes on without a new hash; the stored row (if any) still names its own URL.
            LOG.warnf(e, "avatar of account %d could not be refreshed", accountId);
            return false;
        }
    }

    private void store(long accountId, URI uri, String key, AvatarReading r, Instant now) {
        if (dev.creatorwatch.creator.Account.findById(accountId) == null) {
            return; // deleted while the picture was fetched
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
    }

    /**
     * The stored hash of the picture {@code avatarUrl} shows, for the rules of a snapshot; null when the snapshot shows
     * no picture, another picture than the one stored, or one without a hash. Runs in the caller's transaction.
     */
    public AvatarHash hashFor(long accountId, String pageUrl, String avatarUrl) {
        URI uri = AvatarUrls.resolve(avatarUrl, pageUrl);
        if (uri == null) {
            return null;
        }
        AccountAvatar row = AccountAvatar.findById(accountId);
        return row == null || row.hash == null || !row.urlKey.equals(AvatarUrls.key(uri)) ? null
                : new AvatarHash(row.hash);
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package dev.creatorwatch.snapshot;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * What one fetch of an account's profile saw. Append-only: a snapshot is never updated. A fetch that did not end
 * {@link FetchOutcome#OK} is stored with its outcome and no metrics at all, never as zeros.
 */
@Entity
@Table(name = "profile_snapshot")
public class ProfileSnapshot extends PanacheEntityBase {

    private static final TypeReference<List<Post>> POSTS = new TypeReference<>() { };

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_snapshot_seq")
    @SequenceGenerator(name = "profile_snapshot_seq", sequenceName = "profile_snapshot_seq", allocationSize = 50)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "captured_at", nullable = false)
    public Instant capturedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public FetchOutcome outcome;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(name = "duration_ms")
    public Long durationMs;

    public Long bytes;

    @Column(length = 1000)
    public String error;

    @Column(length = 200)
    public String handle;

    @Column(name = "display_name", length = 500)
    public String displayName;

    @Column(length = 4000)
    public String bio;

    @Column(name = "external_url", length = 2048)
    public String externalUrl;

    @Column(name = "avatar_url", length = 2048)
    public String avatarUrl;

    public Boolean verified;

    @Column(name = "private_account")
    public Boolean privateAccount;

    public Long followers;

    public Long following;

    public Long posts;

    @Column(name = "total_likes")
    public Long totalLikes;

    @Column(name = "engagement_rate")
    public Double engagementRate;

    @Column(length = 16)
    public String language;

    @Column(name = "recent_posts", length = 200000)
    public String recentPosts;

    @Column(name = "content_hash", length = 64)
    public String contentHash;

    /** ETag of the response a good snapshot was read from; sent back as If-None-Match on the next scan. */
    @Column(length = 512)
    public String etag;

    /** Last-Modified of that response, verbatim (an HTTP date); sent back as If-Modified-Since. */
    @Column(name = "last_modified", length = 64)
    public String lastModified;

    /** A failed attempt: outcome and diagnostics only. */
    public static ProfileSnapshot failure(Long accountId, Instant at, FetchOutcome outcome, Integer status,
            Long durationMs, String error) {
        if (outcome.isGood()) {
            throw new IllegalArgumentException("a failure needs a non-OK outcome");
        }
        ProfileSnapshot s = new ProfileSnapshot();
        s.accountId = accountId;
        s.capturedAt = at;
        s.outcome = outcome;
        s.httpStatus = status;
        s.durationMs = durationMs;
        s.error = error == null ? null : truncate(error, 1000);
        return s;
    }

    /**
     * A 304 to the validators of the latest good snapshot: the page is still what that snapshot says. Stored as an
     * attempt without metrics, so history, rules and tiers keep reading the good snapshot itself.
     */
    public static ProfileSnapshot notModified(Long accountId, Instant at, Integer status, Long durationMs,
            Long bytes) {
        ProfileSnapshot s = failure(accountId, at, FetchOutcome.NOT_MODIFIED, status, durationMs, null);
        s.bytes = bytes;
        return s;
    }

    /** The validators to keep with a good snapshot (either may be null; too long ones are dropped, not cut). */
    public ProfileSnapshot withValidators(String etag, String lastModified) {
        this.etag = etag != null && etag.length() <= 512 ? etag : null;
        this.lastModified = lastModified != null && lastModified.length() <= 64 ? lastModified : null;
        return this;
    }

    /** A good snapshot of what the page showed. */
    public static ProfileSnapshot good(Account account, Instant at, Profile p, Integer status, Long durationMs,
            Long bytes) {
        ProfileSnapshot s = new ProfileSnapshot();
        s.accountId = account.id;
        s.capturedAt = at;
        s.outcome = FetchOutcome.OK;
        s.httpStatus = status;
        s.durationMs = durationMs;
        s.bytes = bytes;
        s.handle = truncate(p.handle(), 200);
        s.displayName = truncate(p.displayName(), 500);
        s.bio = truncate(p.bio(), 4000);
        s.externalUrl = truncate(p.externalUrl(), 2048);
        s.avatarUrl = truncate(p.avatarUrl(), 2048);
        s.verified = p.verified();
        s.privateAccount = p.privateAccount();
        s.followers = p.followers();
        s.following = p.following();
        s.posts = p.posts();
        s.totalLikes = p.totalLikes();
        s.engagementRate = p.engagementRate();
        s.language = truncate(p.language(), 16);
        List<Post> recent = p.recentPosts().size() > 50 ? p.recentPosts().subList(0, 50) : p.recentPosts();
        s.recentPosts = recent.isEmpty() ? null : Json.write(recent);
        s.contentHash = hash(s);
        return s;
    }

    /** The profile as stored; only meaningful for good snapshots. */
    public Profile toProfile() {
        List<Post> recent = recentPosts == null ? List.of() : Json.read(recentPosts, POSTS);
        return new Profile(handle, displayName, bio, externalUrl, avatarUrl, verified, privateAccount, followers,
                following, posts, totalLikes, language, recent);
    }

    private static String hash(ProfileSnapshot s) {
        String canonical = String.join("\u0000", String.valueOf(s.handle), String.valueOf(s.displayName),
                String.valueOf(s.bio), String.valueOf(s.externalUrl), String.valueOf(s.avatarUrl),
                String.valueOf(s.verified), String.valueOf(s.privateAccount), String.valueOf(s.followers),
                String.valueOf(s.following), String.valueOf(s.posts), String.valueOf(s.recentPosts));
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String v, int max) {
        if (v == null || v.length() <= max) {
            return v;
        }
        // Cut on a code point boundary so a truncated emoji never becomes a lone surrogate.
        int end = max - 1;
        if (Character.isHighSurrogate(v.charAt(end - 1))) {
            end--;
        }
        return v.substring(0, end) + "…";
    }
}

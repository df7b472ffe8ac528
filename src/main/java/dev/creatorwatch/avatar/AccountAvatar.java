package dev.creatorwatch.avatar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The latest profile picture a good scan saw on a watched account, and its hash when it could be read. */
@Entity
@Table(name = "account_avatar")
public class AccountAvatar extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public Long accountId;

    /** The absolute URL last read. */
    @Column(name = "avatar_url", nullable = false, length = 2048)
    public String avatarUrl;

    /** The URL without CDN signing parameters: the same key means the same picture (see {@link AvatarUrls#key}). */
    @Column(name = "url_key", nullable = false, length = 2048)
    public String urlKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public AvatarStatus status;

    /** The 64-bit dHash; null unless {@code status} is HASHED. */
    public Long hash;

    @Column(length = 1000)
    public String detail;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    /** When the same URL may be read again (set after a passing failure); null when it is not read again. */
    @Column(name = "retry_at")
    public Instant retryAt;

    @Version
    public long version;
}

package dev.creatorwatch.security;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** API tokens: issued to a user for automation, shown once, revocable, always expiring. */
@ApplicationScoped
public class TokenService {

    private final Clock clock;
    private final SecurityConfig config;
    private final AuditTrail audit;
    private final CurrentActor actor;

    public TokenService(Clock clock, SecurityConfig config, AuditTrail audit, CurrentActor actor) {
        this.clock = clock;
        this.config = config;
        this.audit = audit;
        this.actor = actor;
    }

    /** A new token and its plain value, which is never stored and cannot be shown again. */
    public record Issued(ApiToken token, String value) {
    }

    @Transactional
    public Issued issue(long userId, String name, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(config.maxTokenLifetime()) > 0) {
            throw ApiException.invalid("expiresInDays", "must be between 1 and "
                    + config.maxTokenLifetime().toDays());
        }
        String value = ApiTokens.generate();
        ApiToken t = new ApiToken();
        t.userId = userId;
        t.name = name;
        t.tokenHash = ApiTokens.hash(value);
        t.tokenPrefix = value.substring(0, 10);
        t.createdAt = clock.instant();
        t.expiresAt = t.createdAt.plus(lifetime);
        t.persist();
        // The value is never audited: the prefix in the view is enough to tell tokens apart.
        audit.record(actor.get(), "token", t.id, "issued", null, SecurityViews.TokenView.of(t));
        return new Issued(t, value);
    }

    public List<ApiToken> of(long userId) {
        return ApiToken.<ApiToken>list("userId = ?1 order by id", userId);
    }

    /** Revokes one of the user's tokens (admins may revoke anyone's). */
    @Transactional
    public ApiToken revoke(long tokenId, long userId, boolean admin) {
        ApiToken t = ApiToken.findById(tokenId);
        if (t == null || (!admin && !t.userId.equals(userId))) {
            throw ApiException.notFound("Token", tokenId);
        }
        if (t.revokedAt == null) {
            SecurityViews.TokenView before = SecurityViews.TokenView.of(t);
            t.revokedAt = clock.instant();
            audit.record(actor.get(), "token", t.id, "revoked", before, SecurityViews.TokenView.of(t));
        }
        return t;
    }

}

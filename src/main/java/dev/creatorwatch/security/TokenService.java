package dev.creatorwatch.security;

import dev.creatorwatch.api.ApiException;
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

    public TokenService(Clock clock, SecurityConfig config) {
        this.clock = clock;
        this.config = config;
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
            t.revokedAt = clock.instant();
        }
        return t;
    }

}

package dev.creatorwatch.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Requests and views of the sign-in API. Password hashes and token hashes never leave the server. */
public final class SecurityViews {

    private SecurityViews() {
    }

    /** A user as the API shows it. */
    public record UserView(long id, String username, Set<String> roles, boolean enabled, Instant createdAt) {
        static UserView of(AppUser u) {
            return new UserView(u.id, u.username, u.roleSet(), u.enabled, u.createdAt);
        }
    }

    /** Create a user. */
    public record NewUser(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password,
            @NotNull @Size(min = 1, max = 4) List<String> roles) {
    }

    /** Change a user; absent fields stay as they are. */
    public record UserChange(@Size(min = 1, max = 4) List<String> roles, Boolean enabled,
            @Size(max = 200) String password) {
    }

    /** Issue a token. */
    public record NewToken(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(3650) Integer expiresInDays) {
    }

    /** A token without its value. */
    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.name, t.tokenPrefix, t.createdAt, t.expiresAt, t.revokedAt, t.lastUsedAt);
        }
    }

    /** A token with its value, returned once at creation. */
    public record IssuedToken(TokenView token, String value) {
    }

    /** Who is calling. */
    public record Me(String username, Set<String> roles) {
    }
}

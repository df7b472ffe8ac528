package dev.creatorwatch.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Looks a bearer token up by its hash; expired, revoked or unknown tokens and disabled users are refused. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ApiTokenIdentityProvider.class);

    private final Clock clock;

    public ApiTokenIdentityProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
        return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            ApiToken token = ApiToken.<ApiToken>find("tokenHash", ApiTokens.hash(request.token())).firstResult();
            AppUser user = token == null ? null : AppUser.findById(token.userId);
            if (token == null || !token.usableAt(now) || user == null || !user.enabled) {
                LOG.warnf("Refused API token %s", token == null ? "(unknown)" : token.tokenPrefix + "…");
                throw new AuthenticationFailedException();
            }
            token.lastUsedAt = now;
            // Marked so that token-only operations can tell a token from a password sign-in.
            return QuarkusSecurityIdentity.builder(PasswordIdentityProvider.identity(user))
                    .addAttribute(ApiTokens.TOKEN_ID_ATTRIBUTE, token.id).build();
        }));
    }
}

package dev.creatorwatch.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Username and password (HTTP Basic now, a sign-in form later) checked against our users table. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final SignInService signIn;

    public PasswordIdentityProvider(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String from = rc == null || rc.request().remoteAddress() == null ? "unknown"
                : rc.request().remoteAddress().hostAddress();
        return context.runBlocking(() -> signIn.signIn(request.getUsername(), request.getPassword().getPassword(), from)
                .map(PasswordIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }

    static SecurityIdentity identity(AppUser user) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(user.roleSet()).addAttribute("userId", user.id).build();
    }
}

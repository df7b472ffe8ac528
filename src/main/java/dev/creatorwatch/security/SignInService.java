package dev.creatorwatch.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks a username and password, throttling guesses: after too many failures within a window a username is locked
 * for a while, whether it exists or not (so lockouts do not reveal which usernames exist). Failures are logged.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class);
    /** Verified against when the user does not exist, so both paths cost one bcrypt check. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-" + System.nanoTime());

    private final Clock clock;
    private final SecurityConfig config;

    public SignInService(Clock clock, SecurityConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** The user when the password is right and the username is not locked; empty otherwise. */
    public Optional<AppUser> signIn(String username, char[] password, String from) {
        String name = Usernames.normalize(username);
        if (!Usernames.valid(name)) {
            // No account can have this name. It is not logged as given: line breaks in it would forge log lines.
            LOG.warnf("Failed sign-in with a username no account can have (%d characters) from %s", name.length(),
                    from);
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<SignInThrottle> throttle = QuarkusTransaction.requiringNew()
                .call(() -> SignInThrottle.<SignInThrottle>findByIdOptional(name));
        if (throttle.isPresent() && throttle.get().lockedUntil != null && throttle.get().lockedUntil.isAfter(now)) {
            LOG.warnf("Sign-in refused for locked username '%s' from %s", name, from);
            return Optional.empty();
        }
        Optional<AppUser> user = QuarkusTransaction.requiringNew().call(() -> AppUser.byUsername(name));
        boolean ok = BcryptUtil.matches(new String(password), user.map(u -> u.passwordHash).orElse(DUMMY_HASH))
                && user.isPresent() && user.get().enabled;
        if (ok) {
            if (throttle.isPresent()) {
                QuarkusTransaction.requiringNew().run(() -> SignInThrottle.deleteById(name));
            }
            return user;
        }
        recordFailure(name, now, from);
        return Optional.empty();
    }

    private void recordFailure(String name, Instant now, String from) {
        QuarkusTransaction.requiringNew().run(() -> {
            SignInThrottle t = SignInThrottle.findById(name);
            if (t == null) {
                t = new SignInThrottle();
                t.username = name;
                t.windowStart = now;
                t.persist();
            }
            if (t.windowStart.plus(config.failureWindow()).isBefore(now)) {
                t.windowStart = now;
                t.failures = 0;
            }
            t.failures++;
            if (t.failures >= config.maxFailures()) {
                t.lockedUntil = now.plus(config.lockout());
                LOG.warnf("Username '%s' locked until %s after %d failed sign-ins (last from %s)", name,
                        t.lockedUntil, t.failures, from);
            } else {
                LOG.warnf("Failed sign-in for username '%s' from %s (%d in window)", name, from, t.failures);
            }
        });
    }
}

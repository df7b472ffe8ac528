package dev.creatorwatch.security;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.audit.AuditTrail;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/** Users and their roles; creates the first admin at first start. */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);
    static final int MIN_PASSWORD = 12;
    /** As much of a password as bcrypt reads. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final Clock clock;
    private final SecurityConfig config;
    private final AuditTrail audit;
    private final CurrentActor actor;

    public UserService(Clock clock, SecurityConfig config, AuditTrail audit, CurrentActor actor) {
        this.clock = clock;
        this.config = config;
        this.audit = audit;
        this.actor = actor;
    }

    @Transactional
    void createFirstAdmin(@Observes StartupEvent event) {
        if (AppUser.count() > 0) {
            return;
        }
        String password = config.initialAdmin().password().orElse(null);
        if (password == null) {
            byte[] b = new byte[18];
            new SecureRandom().nextBytes(b);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            LOG.warnf("First start: created admin '%s' with generated password %s (shown once; change it)",
                    config.initialAdmin().username(), password);
        } else {
            LOG.infof("First start: created admin '%s' from configuration", config.initialAdmin().username());
        }
        create(config.initialAdmin().username(), password, List.of(Roles.ADMIN), true);
    }

    @Transactional
    public AppUser create(String username, String password, Collection<String> roles, boolean trustedPassword) {
        String name = Usernames.normalize(username);
        if (!Usernames.valid(name)) {
            throw ApiException.invalid("username", "must be 2-100 of a-z, 0-9, '.', '_', '@', '-'");
        }
        if (!trustedPassword) {
            checkPassword(password);
        }
        if (AppUser.byUsername(name).isPresent()) {
            throw ApiException.conflict("User '" + name + "' already exists");
        }
        AppUser u = new AppUser();
        u.username = name;
        u.passwordHash = BcryptUtil.bcryptHash(password);
        u.roles = String.join(",", checkRoles(roles));
        u.enabled = true;
        u.createdAt = clock.instant();
        u.updatedAt = u.createdAt;
        u.persist();
        audit.record(actor.get(), "user", u.id, "created", null, SecurityViews.UserView.of(u));
        return u;
    }

    @Transactional
    public AppUser update(long id, Collection<String> roles, Boolean enabled, String newPassword) {
        AppUser u = get(id);
        SecurityViews.UserView before = SecurityViews.UserView.of(u);
        if (roles != null) {
            u.roles = String.join(",", checkRoles(roles));
        }
        if (enabled != null) {
            u.enabled = enabled;
        }
        if (newPassword != null) {
            checkPassword(newPassword);
            u.passwordHash = BcryptUtil.bcryptHash(newPassword);
        }
        if (!hasEnabledAdmin()) {
            throw ApiException.conflict("At least one enabled admin must remain");
        }
        u.updatedAt = clock.instant();
        audit.record(actor.get(), "user", u.id, newPassword != null ? "updated (password changed)" : "updated", before,
                SecurityViews.UserView.of(u));
        return u;
    }

    public AppUser get(long id) {
        return AppUser.<AppUser>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("User", id));
    }

    private static boolean hasEnabledAdmin() {
        return AppUser.<AppUser>list("enabled", true).stream().anyMatch(u -> u.roleSet().contains(Roles.ADMIN));
    }

    private static Set<String> checkRoles(Collection<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ApiException.invalid("roles", "must name at least one of " + String.join(", ", Roles.ALL));
        }
        Set<String> out = new TreeSet<>();
        for (String r : roles) {
            out.add(Roles.fromName(r).orElseThrow(() -> ApiException.invalid("roles",
                    "has an unknown role; known: " + String.join(", ", Roles.ALL))));
        }
        return out;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw ApiException.invalid("password", "must be " + MIN_PASSWORD + " to 200 characters");
        }
        // bcrypt reads the first 72 bytes and ignores the rest, so a longer password would be only partly checked
        // (24 characters of Japanese already fill it).
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            throw ApiException.invalid("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (this one "
                    + "is " + bytes + "); only that much of a password is checked");
        }
    }

}

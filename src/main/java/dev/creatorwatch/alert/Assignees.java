package dev.creatorwatch.alert;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.security.AppUser;
import dev.creatorwatch.security.Roles;
import dev.creatorwatch.security.Usernames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Who an alert may be assigned to: an enabled user who can triage (role admin or security). A free-text name would
 * let a typo ("eirn") park an alert with nobody, out of everyone's "assigned to me" view, and would survive the
 * person leaving; a user account is what the queue, the audit trail and sign-in all name.
 */
@ApplicationScoped
public class Assignees {

    private static final Set<String> TRIAGE_ROLES = Set.of(Roles.ADMIN, Roles.SECURITY);

    /**
     * The assignee as stored: the user's username (one spelling, as sign-in normalises it), or null when
     * {@code raw} is blank, which unassigns.
     */
    public String resolve(String raw) {
        String name = spelling(raw);
        if (name == null) {
            return null;
        }
        AppUser user = AppUser.byUsername(name).orElseThrow(() -> ApiException.invalid("assignee",
                "names no user: '" + name + "' (assign to an enabled user with role admin or security)"));
        if (!user.enabled) {
            throw ApiException.invalid("assignee", "names a disabled user: '" + name + "'");
        }
        if (user.roleSet().stream().noneMatch(TRIAGE_ROLES::contains)) {
            throw ApiException.invalid("assignee", "names '" + name + "', who cannot triage alerts (roles "
                    + user.roleSet() + "; admin or security needed)");
        }
        return user.username;
    }

    /**
     * The spelling a filter compares with the stored assignee, so "Erin" finds erin's alerts; null for none. Names
     * that could never be a username are refused rather than quietly matching nothing.
     */
    static String spelling(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = Usernames.normalize(raw);
        if (!Usernames.valid(name)) {
            throw ApiException.invalid("assignee", "must be a username: 2 to 100 of a-z, 0-9, '.', '_', '@' or "
                    + "'-'");
        }
        return name;
    }
}

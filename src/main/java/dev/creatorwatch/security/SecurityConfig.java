package dev.creatorwatch.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Sign-in settings. */
@ConfigMapping(prefix = "monitor.security")
public interface SecurityConfig {

    /** The admin created at first start, when the database has no users yet. */
    InitialAdmin initialAdmin();

    /** Failed sign-ins for one username within {@link #failureWindow()} before it is locked. */
    @WithDefault("5")
    int maxFailures();

    /** The window in which failures are counted. */
    @WithDefault("PT15M")
    Duration failureWindow();

    /** How long a username stays locked after too many failures. */
    @WithDefault("PT15M")
    Duration lockout();

    /** Longest lifetime an API token may be given. */
    @WithDefault("P365D")
    Duration maxTokenLifetime();

    /** The first admin. */
    interface InitialAdmin {
        /** Username of the first admin. */
        @WithDefault("admin")
        String username();

        /** Its password; when unset a random one is generated and logged once at first start. */
        Optional<String> password();
    }
}

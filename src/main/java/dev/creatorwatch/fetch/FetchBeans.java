package dev.creatorwatch.fetch;

import dev.creatorwatch.fetch.guard.Allowlist;
import dev.creatorwatch.fetch.guard.UrlGuard;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** Makes the {@link UrlGuard} injectable (API layer, fetcher) with the configured allowlist. */
public class FetchBeans {

    @Produces
    @Singleton
    UrlGuard urlGuard(FetchConfig config) {
        return new UrlGuard(new Allowlist(config.allowedHosts().orElse(List.of())));
    }
}

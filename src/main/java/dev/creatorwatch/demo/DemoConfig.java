package dev.creatorwatch.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The offline demo: sample profile pages served by the app itself, and a watchlist pointing at them. */
@ConfigMapping(prefix = "monitor.demo")
public interface DemoConfig {

    /** Serve the sample site at /demo-site and seed the demo watchlist on an empty database. */
    @WithDefault("false")
    boolean enabled();

    /** Base URL the seeded accounts point at; defaults to this app on localhost. */
    java.util.Optional<String> baseUrl();
}

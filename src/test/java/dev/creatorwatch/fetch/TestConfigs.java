package dev.creatorwatch.fetch;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Builds the real {@link FetchConfig} mapping (with its @WithDefault values) from a few test properties. */
final class TestConfigs {

    private TestConfigs() {
    }

    static FetchConfig config(Map<String, String> properties) {
        Map<String, String> prefixed = new HashMap<>();
        properties.forEach((k, v) -> prefixed.put("monitor.fetch." + k, v));
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(FetchConfig.class)
                // Quarkus's own Duration syntax ("0", "2s", "PT2S"), as in the running application.
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(prefixed, "test", 500))
                .build();
        return config.getConfigMapping(FetchConfig.class);
    }

    /** Allowlists exactly this site, no politeness delay for it, short timeouts; extra entries override. */
    static FetchConfig forSite(TestSite site, Map<String, String> extra) {
        Map<String, String> p = new HashMap<>();
        p.put("allowed-hosts", site.allowEntry());
        p.put("host-delay-overrides.\"127.0.0.1\"", "0");
        p.put("connect-timeout", "PT2S");
        p.put("read-timeout", "PT2S");
        p.putAll(extra);
        return config(p);
    }
}

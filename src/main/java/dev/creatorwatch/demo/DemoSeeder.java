package dev.creatorwatch.demo;

import dev.creatorwatch.creator.AccountRequest;
import dev.creatorwatch.creator.Creator;
import dev.creatorwatch.creator.CreatorRequest;
import dev.creatorwatch.creator.CreatorService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Seeds the demo watchlist on an empty database, pointing every account at the bundled demo site. */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    private final DemoConfig config;
    private final CreatorService creators;
    private final int port;

    public DemoSeeder(DemoConfig config, CreatorService creators,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.config = config;
        this.creators = creators;
        this.port = port;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            seed();
        }
    }

    /** Adds the demo creators unless the database already has creators; returns how many were added. */
    @jakarta.transaction.Transactional
    public int seed() {
        if (Creator.count() > 0) {
            LOG.info("Demo: the database already has creators; not seeding again");
            return 0;
        }
        String base = config.baseUrl().orElse("http://localhost:" + port);
        for (DemoCatalog.DemoCreator c : DemoCatalog.CREATORS) {
            List<AccountRequest> accounts = c.accounts().stream().map(key -> {
                DemoProfile p = DemoCatalog.PROFILES.get(key);
                return new AccountRequest(p.platform(), p.handle(), base + p.path());
            }).toList();
            creators.create(new CreatorRequest(c.name(), c.notes(), new LinkedHashSet<>(c.tags()),
                    c.protectedIdentity(), accounts));
        }
        LOG.infof("Demo: watching %d creators on the sample site at %s/demo-site", DemoCatalog.CREATORS.size(), base);
        return DemoCatalog.CREATORS.size();
    }
}

package dev.creatorwatch.discovery;

import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.rules.impersonation.LookalikeGenerator;
import dev.creatorwatch.rules.impersonation.PlatformHandles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generates and stores the look-alike handles of protected accounts that are due: new protected accounts first, then
 * each again after {@code regenerate-after}. Due targets are taken and moved forward in one transaction; the version
 * column makes a second instance that took the same target fail instead of generating twice.
 */
@ApplicationScoped
public class DiscoveryTargets {

    /** Platforms with one profile home per handle, where an impersonator can be looked for by URL. */
    static final List<Platform> SINGLE_HOME = List.of(Platform.INSTAGRAM, Platform.TIKTOK, Platform.X,
            Platform.YOUTUBE, Platform.TWITCH, Platform.THREADS, Platform.BLUESKY);

    private final Clock clock;
    private final DiscoveryConfig config;
    private final LookalikeGenerator generator = new LookalikeGenerator();

    public DiscoveryTargets(Clock clock, DiscoveryConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** Enrols new protected accounts and generates candidates for the due ones; returns how many were generated. */
    @Transactional
    public int generateDue() {
        Instant now = clock.instant();
        List<Account> fresh = Account.<Account>find("creator.protectedIdentity = true and id not in "
                + "(select t.accountId from DiscoveryTarget t) order by id").page(0, config.targetsPerRun()).list();
        for (Account a : fresh) {
            DiscoveryTarget t = new DiscoveryTarget();
            t.accountId = a.id;
            t.handle = a.normalizedHandle;
            t.nextGenerateAt = now;
            t.persist();
        }
        List<DiscoveryTarget> due = DiscoveryTarget.<DiscoveryTarget>find("nextGenerateAt <= ?1 order by "
                + "nextGenerateAt, accountId", now).page(0, config.targetsPerRun()).list();
        int generated = 0;
        for (DiscoveryTarget t : due) {
            Account a = Account.findById(t.accountId);
            if (a == null || !a.creator.protectedIdentity) {
                // No longer protected: stop looking for its impersonators (found suspects stay).
                DiscoveryCandidate.delete("accountId", t.accountId);
                t.delete();
                continue;
            }
            generated += generate(t, a, now);
        }
        return generated;
    }

    private int generate(DiscoveryTarget t, Account a, Instant now) {
        Set<String> wanted = new HashSet<>();
        int added = 0;
        for (Platform platform : platforms(a)) {
            Set<String> existing = new HashSet<>(DiscoveryCandidate.<DiscoveryCandidate>list(
                    "accountId = ?1 and platform = ?2", a.id, platform).stream().map(c -> c.handle).toList());
            List<LookalikeGenerator.Generated> generated = generator.generate(a.normalizedHandle, platform,
                    config.candidatesPerIdentity());
            for (int rank = 0; rank < generated.size(); rank++) {
                LookalikeGenerator.Generated g = generated.get(rank);
                String url = profileUrl(a, platform, g.handle());
                if (url == null) {
                    continue;
                }
                wanted.add(platform + "|" + g.handle());
                if (existing.contains(g.handle())) {
                    continue;
                }
                DiscoveryCandidate c = new DiscoveryCandidate();
                c.accountId = a.id;
                c.platform = platform;
                c.handle = g.handle();
                c.profileUrl = url;
                c.operation = g.operation();
                c.rank = rank;
                c.state = DiscoveryCandidate.State.NEW;
                c.nextCheckAt = now;
                c.persist();
                added++;
            }
        }
        // Handles of a previous name (the account was renamed) that were never checked are dropped.
        for (DiscoveryCandidate old : DiscoveryCandidate.<DiscoveryCandidate>list("accountId = ?1 and state = ?2",
                a.id, DiscoveryCandidate.State.NEW)) {
            if (!wanted.contains(old.platform + "|" + old.handle)) {
                old.delete();
            }
        }
        t.handle = a.normalizedHandle;
        t.generatedAt = now;
        t.candidates = wanted.size();
        t.nextGenerateAt = now.plus(config.regenerateAfter());
        return added;
    }

    private List<Platform> platforms(Account a) {
        Set<Platform> out = new LinkedHashSet<>();
        out.add(a.platform);
        if (config.allPlatforms()) {
            out.addAll(SINGLE_HOME);
        }
        return new ArrayList<>(out);
    }

    /**
     * Where a candidate's profile would be. On the account's own platform, its profile URL with the handle swapped
     * (works for Mastodon instances and any site whose URL carries the handle); elsewhere the platform's usual URL.
     */
    static String profileUrl(Account a, Platform platform, String candidate) {
        if (platform == a.platform) {
            String url = a.profileUrl;
            int at = url.toLowerCase(Locale.ROOT).lastIndexOf(a.normalizedHandle);
            int pathStart = url.indexOf('/', url.indexOf("://") + 3);
            if (at > 0 && pathStart > 0 && at > pathStart) {
                return url.substring(0, at) + candidate + url.substring(at + a.normalizedHandle.length());
            }
        }
        List<String> urls = PlatformHandles.candidateProfileUrls(platform, candidate);
        return urls.isEmpty() ? null : urls.get(0);
    }
}

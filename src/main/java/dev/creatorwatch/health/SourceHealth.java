package dev.creatorwatch.health;

import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.scan.ScanPlanner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Source health per platform and data freshness per account, from the stored fetch attempts. The per-platform figures
 * are aggregate queries over the window; they are shown beside every alert, so they are counted at most once per
 * {@link HealthConfig#cacheFor()} per instance. Nothing here steers scheduling; it only reports.
 */
@ApplicationScoped
public class SourceHealth {

    private static final List<FetchOutcome> ACCOUNT_GONE =
            Stream.of(FetchOutcome.values()).filter(FetchOutcome::meansAccountGone).toList();

    private final EntityManager em;
    private final Clock clock;
    private final HealthConfig config;
    private final ScanPlanner planner;
    private final AtomicReference<Counted> cache = new AtomicReference<>();

    public SourceHealth(EntityManager em, Clock clock, HealthConfig config, ScanPlanner planner) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.planner = planner;
    }

    /** Every platform that has watched accounts or attempts in the window, in platform order. */
    public Report report() {
        Counted c = counted();
        return new Report(config.window().toString(), c.at(), List.copyOf(c.platforms().values()));
    }

    /** The freshness of one account's data, with its platform's health beside it. */
    public DataFreshness freshness(Account account) {
        Instant now = clock.instant();
        PlatformHealth platform = counted().platforms().get(account.platform);
        Long age = account.lastGoodAt == null ? null : Duration.between(account.lastGoodAt, now).toSeconds();
        boolean stale = account.lastGoodAt == null || account.lastGoodAt.isBefore(staleBefore(account.tier, now));
        return new DataFreshness(account.lastGoodAt, age, stale, account.lastScanAt, account.lastOutcome,
                account.platform.id(), platform == null ? null : platform.okShare(),
                platform == null ? SourceStatus.NO_DATA : platform.status());
    }

    /** Forgets the cached figures (after a burst of scans in tests, or an operator asking for the latest). */
    public void refresh() {
        cache.set(null);
    }

    private Instant staleBefore(Tier tier, Instant now) {
        Duration interval = planner.interval(tier);
        return now.minusMillis((long) (interval.toMillis() * config.staleAfterIntervals()));
    }

    private Counted counted() {
        Instant now = clock.instant();
        Counted c = cache.get();
        if (c == null || !now.isBefore(c.at().plus(config.cacheFor())) || now.isBefore(c.at())) {
            c = new Counted(now, QuarkusTransaction.joiningExisting().call(() -> count(now)));
            cache.set(c);
        }
        return c;
    }

    private Map<Platform, PlatformHealth> count(Instant now) {
        Map<Platform, Map<FetchOutcome, Long>> outcomes = new EnumMap<>(Platform.class);
        for (Object[] row : em.createQuery("select a.platform, s.outcome, count(s) from ProfileSnapshot s "
                + "join Account a on a.id = s.accountId where s.capturedAt >= :since "
                + "group by a.platform, s.outcome", Object[].class)
                .setParameter("since", now.minus(config.window())).getResultList()) {
            outcomes.computeIfAbsent((Platform) row[0], p -> new EnumMap<>(FetchOutcome.class))
                    .put((FetchOutcome) row[1], (Long) row[2]);
        }
        Map<Platform, AccountCounts> accounts = new EnumMap<>(Platform.class);
        // Staleness depends on the tier's scan interval, so the accounts are counted tier by tier.
        for (Tier tier : Tier.values()) {
            for (Object[] row : em.createQuery("select a.platform, count(a), "
                    + "sum(case when a.lastGoodAt is null then 1 else 0 end), "
                    + "sum(case when a.lastGoodAt is null or a.lastGoodAt < :staleBefore then 1 else 0 end), "
                    + "sum(case when a.lastOutcome in :gone then 1 else 0 end), "
                    + "max(a.lastGoodAt) from Account a where a.tier = :tier group by a.platform", Object[].class)
                    .setParameter("tier", tier).setParameter("staleBefore", staleBefore(tier, now))
                    .setParameter("gone", ACCOUNT_GONE).getResultList()) {
                accounts.computeIfAbsent((Platform) row[0], p -> new AccountCounts())
                        .add((Long) row[1], (Long) row[2], (Long) row[3], (Long) row[4], (Instant) row[5]);
            }
        }
        Map<Platform, PlatformHealth> out = new EnumMap<>(Platform.class);
        for (Platform p : Platform.values()) {
            Map<FetchOutcome, Long> byOutcome = outcomes.getOrDefault(p, Map.of());
            AccountCounts ac = accounts.get(p);
            if (byOutcome.isEmpty() && ac == null) {
                continue;
            }
            ac = ac == null ? new AccountCounts() : ac;
            PlatformAttempts attempts = PlatformAttempts.of(byOutcome);
            Double share = attempts.okShare();
            out.put(p, new PlatformHealth(p.id(), attempts.attempts(), attempts.accountGone(), attempts.ok(), share,
                    byName(byOutcome), SourceStatus.of(share, config), ac.total, ac.neverRead, ac.stale, ac.gone,
                    ac.latestGood, ac.latestGood == null ? null : Duration.between(ac.latestGood, now).toSeconds()));
        }
        return out;
    }

    private static Map<String, Long> byName(Map<FetchOutcome, Long> byOutcome) {
        Map<String, Long> named = new TreeMap<>();
        byOutcome.forEach((outcome, n) -> named.put(outcome.name(), n));
        return named;
    }

    /** One platform's account tallies, summed over its tiers. */
    private static final class AccountCounts {
        long total;
        long neverRead;
        long stale;
        long gone;
        Instant latestGood;

        void add(long accounts, long never, long staleAccounts, long goneAccounts, Instant newestGood) {
            total += accounts;
            neverRead += never;
            stale += staleAccounts;
            gone += goneAccounts;
            if (newestGood != null && (latestGood == null || newestGood.isAfter(latestGood))) {
                latestGood = newestGood;
            }
        }
    }

    private record Counted(Instant at, Map<Platform, PlatformHealth> platforms) {
    }

    /** What the API shows: the window (ISO-8601 duration), when it was counted, and one entry per platform. */
    public record Report(String window, Instant countedAt, List<PlatformHealth> platforms) {
    }
}

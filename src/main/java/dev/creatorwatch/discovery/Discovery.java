package dev.creatorwatch.discovery;

import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.parse.PageReading;
import dev.creatorwatch.rules.AvatarHash;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The scheduled discovery job: generates look-alike handles for protected accounts that are due, then checks a
 * bounded, fair batch of due handles: fetch the profile through the polite fetcher, score a found profile with the
 * impersonation rules, and store the outcome and the next check time on the candidate. Everything it needs to carry
 * on lives in the database, so a restart or another instance continues without re-checking what was just checked.
 */
@ApplicationScoped
public class Discovery {

    private static final Logger LOG = Logger.getLogger(Discovery.class);

    private final Clock clock;
    private final DiscoveryConfig config;
    private final DiscoveryTargets targets;
    private final DueCandidates due;
    private final PageReading reading;
    private final SuspectChecks suspects;
    private final ExecutorService pool;

    public Discovery(Clock clock, DiscoveryConfig config, DiscoveryTargets targets, DueCandidates due,
            PageReading reading, SuspectChecks suspects) {
        this.clock = clock;
        this.config = config;
        this.targets = targets;
        this.due = due;
        this.reading = reading;
        this.suspects = suspects;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.concurrency()), r -> {
            Thread t = new Thread(r, "discovery-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** What one run did. */
    public record Report(int generated, int checked, int found, int suspects) {
    }

    @Scheduled(identity = "discover-lookalikes", every = "${monitor.discovery.tick:1m}",
            delayed = "${monitor.discovery.initial-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = DiscoveryDisabled.class)
    void tick() {
        runOnce();
    }

    /** One run: generate what is due, then check what is due, within the per-run caps. */
    public Report runOnce() {
        int generated = targets.generateDue();
        List<DueCandidates.Claimed> claimed = due.claim();
        List<Future<DiscoveryCandidate.State>> running = new ArrayList<>(claimed.size());
        for (DueCandidates.Claimed c : claimed) {
            running.add(pool.submit(() -> check(c)));
        }
        int checked = 0;
        int found = 0;
        int suspectsFound = 0;
        for (Future<DiscoveryCandidate.State> f : running) {
            try {
                DiscoveryCandidate.State state = f.get();
                checked++;
                found += state == DiscoveryCandidate.State.FOUND || state == DiscoveryCandidate.State.SUSPECT ? 1 : 0;
                suspectsFound += state == DiscoveryCandidate.State.SUSPECT ? 1 : 0;
            } catch (ExecutionException e) {
                LOG.error("Discovery check failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (generated > 0 || !claimed.isEmpty()) {
            LOG.infof("Discovery: %d handles generated, %d checked, %d profiles found, %d suspects", generated,
                    checked, found, suspectsFound);
        }
        return new Report(generated, checked, found, suspectsFound);
    }

    /** Fetches one candidate's profile (outside any transaction) and records what it showed. */
    DiscoveryCandidate.State check(DueCandidates.Claimed c) {
        PageReading.Reading r = reading.read(c.platform(), c.url());
        AvatarHash avatar = suspects.avatarOf(r, c.url());
        return QuarkusTransaction.requiringNew().call(() -> record(c, r, avatar));
    }

    private DiscoveryCandidate.State record(DueCandidates.Claimed claimed, PageReading.Reading r, AvatarHash avatar) {
        DiscoveryCandidate c = DiscoveryCandidate.findById(claimed.id());
        if (c == null) {
            return DiscoveryCandidate.State.NEW; // removed meanwhile (account no longer protected)
        }
        Instant now = clock.instant();
        FetchOutcome outcome = r.outcome();
        Suspect s = suspects.record(new SuspectChecks.Target(Suspect.Source.DISCOVERY, c.platform, c.handle,
                c.profileUrl, null, c.operation, c.accountId, null), r, avatar, true);
        c.outcome = outcome;
        c.checkedAt = now;
        c.checkCount++;
        c.suspectId = s == null ? c.suspectId : s.id;
        c.score = s == null ? null : s.score;
        c.alertId = s == null ? null : s.alertId;
        if (outcome.isGood()) {
            boolean suspect = s != null && s.verdict == Suspect.Verdict.IMPERSONATION;
            c.state = suspect ? DiscoveryCandidate.State.SUSPECT : DiscoveryCandidate.State.FOUND;
            c.nextCheckAt = now.plus(config.foundRecheck());
        } else if (outcome.meansAccountGone()) {
            c.state = DiscoveryCandidate.State.NOT_FOUND;
            c.nextCheckAt = now.plus(config.notFoundRecheck());
        } else {
            c.state = DiscoveryCandidate.State.UNREAD;
            // robots.txt rarely changes: asking again soon would only repeat the refusal.
            Instant retry = now.plus(outcome == FetchOutcome.BLOCKED_BY_ROBOTS || outcome == FetchOutcome.REFUSED_ADDRESS
                    ? config.notFoundRecheck() : config.retryAfterFailure());
            Instant asked = r.retryNotBefore();
            c.nextCheckAt = asked != null && asked.isAfter(retry) ? asked : retry;
        }
        return c.state;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}

package dev.creatorwatch.check;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.alert.AlertStatus;
import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.avatar.AvatarHasher;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.ProfileUrls;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.creator.WatchedAccounts;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.parse.PageReading;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.ProtectedIdentities;
import dev.creatorwatch.rules.ProtectedIdentitySet;
import dev.creatorwatch.rules.RiskScore;
import dev.creatorwatch.audience.FollowerSampleRecord;
import dev.creatorwatch.audience.FollowerSampler;
import dev.creatorwatch.audience.FollowerSamples;
import dev.creatorwatch.rules.Availability;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleEngine;
import dev.creatorwatch.rules.RuleHit;
import dev.creatorwatch.rules.Severity;
import dev.creatorwatch.rules.engagement.TierEngagementNorms;
import dev.creatorwatch.scan.AccountScanner;
import dev.creatorwatch.scan.RuleContexts;
import dev.creatorwatch.snapshot.ProfileSnapshot;
import dev.creatorwatch.snapshot.SnapshotRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The marketer's pre-contract check: reads each profile (reusing a fresh stored snapshot of a watched account, or
 * fetching now), runs every rule module on it, and turns the findings into a risk score, a verdict and reasons in
 * plain words. A watched account brings its open alerts too: what earlier scans found (a suspension, a jump between
 * earlier snapshots) is still true of the creator, though a rule run on the latest snapshot alone no longer sees it.
 * Reports are saved as produced.
 */
@ApplicationScoped
public class CreatorCheckService {

    static final int DEFAULT_MAX_AGE_MINUTES = 60;
    /** A combined risk at or above this is high risk even without a single high finding. */
    static final int HIGH_RISK_SCORE = 60;

    private final Clock clock;
    private final PageReading reading;
    private final AccountScanner scanner;
    private final SnapshotRepository snapshots;
    private final RuleContexts contexts;
    private final FollowerSampler sampler;
    private final FollowerSamples samples;
    private final RuleEngine engine;
    private final TierEngagementNorms norms;
    private final ProtectedIdentities protectedIdentities;
    private final AvatarHasher avatars;

    public CreatorCheckService(Clock clock, PageReading reading, AccountScanner scanner, SnapshotRepository snapshots,
            RuleContexts contexts, RuleEngine engine, TierEngagementNorms norms,
            ProtectedIdentities protectedIdentities, FollowerSampler sampler, FollowerSamples samples,
            AvatarHasher avatars) {
        this.avatars = avatars;
        this.sampler = sampler;
        this.samples = samples;
        this.clock = clock;
        this.reading = reading;
        this.scanner = scanner;
        this.snapshots = snapshots;
        this.contexts = contexts;
        this.engine = engine;
        this.norms = norms;
        this.protectedIdentities = protectedIdentities;
    }

    public CheckReport run(CheckRequest request, Actor actor) {
        Duration maxAge = Duration.ofMinutes(request.maxSnapshotAgeMinutes() == null ? DEFAULT_MAX_AGE_MINUTES
                : request.maxSnapshotAgeMinutes());
        List<String> urls = new ArrayList<>(new LinkedHashSet<>(request.urls().stream().map(String::trim).toList()));
        for (int i = 0; i < urls.size(); i++) {
            ProfileUrls.checkUrl("urls[" + i + "]", urls.get(i));
        }
        List<CheckReport.AccountCheck> accounts = new ArrayList<>();
        Set<Long> watched = new HashSet<>();
        for (String url : urls) {
            Long accountId = QuarkusTransaction.requiringNew().call(() -> WatchedAccounts.byProfileUrl(url)
                    .map(a -> a.id).orElse(null));
            if (accountId == null) {
                accounts.add(checkUnwatched(url));
            } else if (watched.add(accountId)) { // two spellings of one account are checked (and counted) once
                accounts.add(checkWatched(accountId, url, maxAge));
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> save(urls, accounts, actor));
    }

    private CheckReport save(List<String> urls, List<CheckReport.AccountCheck> accounts, Actor actor) {
        List<CheckReport.Hit> hits = accounts.stream().flatMap(a -> a.findingsByModule().values().stream())
                .flatMap(List::stream).toList();
        List<CheckReport.OpenAlert> alerts = accounts.stream().flatMap(a -> a.openAlerts().stream()).toList();
        List<Integer> scores = new ArrayList<>(hits.stream().map(CheckReport.Hit::riskScore).toList());
        alerts.forEach(a -> scores.add(a.riskScore()));
        int risk = RiskScore.combine(scores);
        boolean severe = hits.stream().anyMatch(h -> h.severity().atLeast(Severity.HIGH))
                || alerts.stream().anyMatch(a -> a.severity().atLeast(Severity.HIGH));
        boolean unread = accounts.stream().anyMatch(a -> a.outcome() != FetchOutcome.OK);
        Verdict verdict = severe || risk >= HIGH_RISK_SCORE ? Verdict.HIGH_RISK
                : !scores.isEmpty() || unread ? Verdict.REVIEW : Verdict.CLEAR;
        CreatorCheck row = new CreatorCheck();
        row.createdAt = clock.instant();
        row.createdBy = actor.name();
        row.urls = String.join("\n", urls);
        row.verdict = verdict;
        row.riskScore = risk;
        row.report = "{}";
        row.persist();
        CheckReport report = new CheckReport(row.id, row.createdAt, row.createdBy, verdict, risk,
                reasons(accounts, verdict), accounts);
        row.report = Json.write(report);
        return report;
    }

    private static List<String> reasons(List<CheckReport.AccountCheck> accounts, Verdict verdict) {
        List<String> out = new ArrayList<>();
        List<Map.Entry<Integer, String>> found = new ArrayList<>(); // risk score, reason
        for (CheckReport.AccountCheck a : accounts) {
            a.findingsByModule().values().forEach(list -> list.forEach(h -> found.add(Map.entry(h.riskScore(),
                    label(a) + ": " + h.reason()))));
            a.openAlerts().forEach(al -> found.add(Map.entry(al.riskScore(), label(a) + ": " + al.reason()
                    + " (open alert #" + al.id() + " since " + al.firstSeen().toString().substring(0, 10) + ")")));
            if (a.outcome() != FetchOutcome.OK) {
                out.add(unreadReason(a));
            }
        }
        found.sort(Map.Entry.<Integer, String>comparingByKey().reversed());
        found.forEach(e -> out.add(e.getValue()));
        if (verdict == Verdict.CLEAR) {
            out.add("No rule found a risk on any of the " + accounts.size() + " profile(s) checked.");
        }
        return out;
    }

    private static String label(CheckReport.AccountCheck a) {
        return a.platform() + (a.handle() == null ? " " + a.url() : " @" + a.handle());
    }

    /** A profile that could not be read; an account the platform says is gone is said so plainly. */
    private static String unreadReason(CheckReport.AccountCheck a) {
        String who = label(a) + (a.handle() == null ? "" : " (" + a.url() + ")");
        return switch (a.outcome()) {
            case SUSPENDED -> who + ": the platform shows this account as suspended or removed, so it cannot be "
                    + "used for a campaign as it is.";
            case NOT_FOUND -> who + ": the platform says this account does not exist (deleted, renamed or banned, "
                    + "or the URL is mistyped).";
            default -> "Could not read " + a.url() + " (" + a.outcome() + (a.outcomeDetail() == null ? ""
                    : ": " + a.outcomeDetail()) + "), so this account is not verified.";
        };
    }

    /** A profile nobody watches: read now, rules on what was read. */
    private CheckReport.AccountCheck checkUnwatched(String url) {
        Platform platform = Platform.ofUrl(URI.create(url));
        PageReading.Reading r = reading.read(platform, url);
        Instant now = clock.instant();
        if (r.outcome() != FetchOutcome.OK) {
            return unread(url, platform, false, true, r.outcome(), detail(r), null, List.of(), Map.of("possible",
                    false, "summary", "No follower sample was possible: the profile could not be read."));
        }
        Profile p = r.parse().profile();
        Tier tier = Tier.ofFollowers(p.followers());
        AccountFacts facts = new AccountFacts(null, null, p.displayName(), false, platform, p.handle(), url, tier);
        FollowerSampleRecord sample = FollowerSampleRecord.of(null, platform, now,
                sampler.sample(platform, p.handle() == null ? "" : p.handle(), url));
        ProtectedIdentitySet identities = protectedIdentities.current();
        RuleContext ctx = new RuleContext(facts, new Observation(null, now, p), List.of(), List.of(),
                identities, RuleContext.Source.CHECK, sample.sample(), Availability.good(),
                avatars.hashForMatching(p, url, identities));
        List<RuleHit> hits = engine.evaluate(ctx);
        return account(url, platform, p.handle(), false, true, now, now, p, hits, List.of(), sample.view());
    }

    /** A watched account: a stored fresh snapshot or a scan now, rules on the latest snapshot, and its open alerts. */
    private CheckReport.AccountCheck checkWatched(long accountId, String url, Duration maxAge) {
        Instant now = clock.instant();
        boolean fresh = QuarkusTransaction.requiringNew().call(() -> snapshots.latestGood(accountId)
                .map(s -> !s.capturedAt.isBefore(now.minus(maxAge))).orElse(false));
        if (!fresh) {
            scanner.scan(accountId);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Account a = Account.findById(accountId);
            ProfileSnapshot latest = snapshots.latestAttempt(accountId).orElse(null);
            // A 304 confirms the latest good snapshot as of its own time: read that snapshot, observed then.
            Instant confirmedAt = latest == null ? null : latest.capturedAt;
            if (latest != null && latest.outcome == FetchOutcome.NOT_MODIFIED) {
                latest = snapshots.latestGood(accountId).orElse(latest);
            }
            Map<String, Object> sample = samples.latest(a.id).map(FollowerSampleRecord::view)
                    .orElse(Map.of("possible", false, "summary", "No follower sample has been taken for this account "
                            + "yet."));
            if (latest == null || !latest.outcome.isGood()) {
                return unread(url, a.platform, true, !fresh,
                        latest == null ? FetchOutcome.NETWORK_ERROR : latest.outcome,
                        latest == null ? null : latest.error, a.handle, openAlerts(a.id, List.of()), sample);
            }
            List<RuleHit> hits = engine.evaluate(contexts.forSnapshot(a, latest));
            return account(url, a.platform, a.handle, true, !fresh, confirmedAt, clock.instant(),
                    latest.toProfile(), hits, openAlerts(a.id, hits), sample);
        });
    }

    /**
     * The account's open alerts, less those of a rule this check's own run found again: that finding is the same
     * one, newer, and counting both would raise the risk twice for one fact.
     */
    private static List<CheckReport.OpenAlert> openAlerts(long accountId, List<RuleHit> foundNow) {
        Set<String> rulesFoundNow = new HashSet<>(foundNow.stream().map(h -> h.rule().id()).toList());
        return Alert.<Alert>find("accountId = ?1 and status <> ?2 order by riskScore desc, lastSeen desc", accountId,
                        AlertStatus.CLOSED).stream()
                .filter(al -> !rulesFoundNow.contains(al.ruleId))
                .map(al -> new CheckReport.OpenAlert(al.id, al.ruleId, al.title, al.severity, al.riskScore, al.status,
                        al.reason, al.firstSeen, al.lastSeen))
                .toList();
    }

    private CheckReport.AccountCheck account(String url, Platform platform, String handle, boolean watched,
            boolean fetchedNow, Instant observedAt, Instant now, Profile p, List<RuleHit> hits,
            List<CheckReport.OpenAlert> openAlerts, Map<String, Object> followerSample) {
        Tier tier = Tier.ofFollowers(p.followers());
        Map<String, List<CheckReport.Hit>> byModule = new LinkedHashMap<>();
        for (RuleHit h : hits) {
            byModule.computeIfAbsent(h.rule().module(), k -> new ArrayList<>()).add(new CheckReport.Hit(
                    h.rule().id(), h.rule().title(), h.rule().level(), h.riskScore(), h.finding().reason(),
                    h.finding().evidence()));
        }
        return new CheckReport.AccountCheck(url, platform.id(), handle != null ? handle : p.handle(),
                p.displayName(), watched, fetchedNow, FetchOutcome.OK, null, observedAt,
                Duration.between(observedAt, now).toSeconds(), tier, p.followers(), p.following(), p.posts(),
                p.engagementRate(), tierNorm(tier), byModule, openAlerts, followerSample);
    }

    private static CheckReport.AccountCheck unread(String url, Platform platform, boolean watched, boolean fetchedNow,
            FetchOutcome outcome, String detail, String handle, List<CheckReport.OpenAlert> openAlerts,
            Map<String, Object> followerSample) {
        return new CheckReport.AccountCheck(url, platform.id(), handle, null, watched, fetchedNow, outcome, detail,
                null, null, Tier.UNKNOWN, null, null, null, null, null, Map.of(), openAlerts, followerSample);
    }

    private static String detail(PageReading.Reading r) {
        return r.parse() != null && r.parse().detail() != null ? r.parse().detail() : r.fetch().error();
    }

    /** The typical engagement rate of the tier: the shared table every rule's reason names too. */
    private Double tierNorm(Tier tier) {
        OptionalDouble norm = norms.typical(tier);
        return norm.isPresent() ? norm.getAsDouble() : null;
    }

    public CheckReport get(long id) {
        CreatorCheck c = CreatorCheck.<CreatorCheck>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Check", id));
        return Json.read(c.report, new com.fasterxml.jackson.core.type.TypeReference<CheckReport>() { });
    }
}

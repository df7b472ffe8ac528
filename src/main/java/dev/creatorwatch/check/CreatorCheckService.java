package dev.creatorwatch.check;

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
import dev.creatorwatch.rules.RuleCatalog;
import dev.creatorwatch.audience.FollowerSampleRecord;
import dev.creatorwatch.audience.FollowerSampler;
import dev.creatorwatch.audience.FollowerSamples;
import dev.creatorwatch.rules.Availability;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleEngine;
import dev.creatorwatch.rules.RuleHit;
import dev.creatorwatch.rules.Severity;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The marketer's pre-contract check: reads each profile (reusing a fresh stored snapshot of a watched account, or
 * fetching now), runs every rule module on it, and turns the findings into a risk score, a verdict and reasons in
 * plain words. Reports are saved as produced.
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
    private final RuleCatalog catalog;
    private final ProtectedIdentities protectedIdentities;
    private final AvatarHasher avatars;

    public CreatorCheckService(Clock clock, PageReading reading, AccountScanner scanner, SnapshotRepository snapshots,
            RuleContexts contexts, RuleEngine engine, RuleCatalog catalog, ProtectedIdentities protectedIdentities,
            FollowerSampler sampler, FollowerSamples samples, AvatarHasher avatars) {
        this.avatars = avatars;
        this.sampler = sampler;
        this.samples = samples;
        this.clock = clock;
        this.reading = reading;
        this.scanner = scanner;
        this.snapshots = snapshots;
        this.contexts = contexts;
        this.engine = engine;
        this.catalog = catalog;
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
        List<RuleHit> allHits = new ArrayList<>();
        Set<Long> watched = new HashSet<>();
        for (String url : urls) {
            Long accountId = QuarkusTransaction.requiringNew().call(() -> WatchedAccounts.byProfileUrl(url)
                    .map(a -> a.id).orElse(null));
            if (accountId != null && !watched.add(accountId)) {
                continue; // two spellings of one account are checked (and counted) once
            }
            Checked c = accountId == null ? checkUnwatched(url) : checkWatched(accountId, url, maxAge);
            accounts.add(c.account());
            allHits.addAll(c.hits());
        }
        return QuarkusTransaction.requiringNew().call(() -> save(urls, accounts, allHits, actor));
    }

    private CheckReport save(List<String> urls, List<CheckReport.AccountCheck> accounts, List<RuleHit> hits,
            Actor actor) {
        int risk = RiskScore.combine(hits.stream().map(RuleHit::riskScore).toList());
        boolean severe = hits.stream().anyMatch(h -> h.rule().level().atLeast(Severity.HIGH));
        boolean unread = accounts.stream().anyMatch(a -> a.outcome() != FetchOutcome.OK);
        Verdict verdict = severe || risk >= HIGH_RISK_SCORE ? Verdict.HIGH_RISK
                : !hits.isEmpty() || unread ? Verdict.REVIEW : Verdict.CLEAR;
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
        List<Map.Entry<CheckReport.AccountCheck, CheckReport.Hit>> hits = new ArrayList<>();
        for (CheckReport.AccountCheck a : accounts) {
            a.findingsByModule().values().forEach(list -> list.forEach(h -> hits.add(Map.entry(a, h))));
            if (a.outcome() != FetchOutcome.OK) {
                out.add("Could not read " + a.url() + " (" + a.outcome() + (a.outcomeDetail() == null ? ""
                        : ": " + a.outcomeDetail()) + "), so this account is not verified.");
            }
        }
        hits.sort(Comparator.comparingInt((Map.Entry<CheckReport.AccountCheck, CheckReport.Hit> e) ->
                e.getValue().riskScore()).reversed());
        for (var e : hits) {
            out.add(label(e.getKey()) + ": " + e.getValue().reason());
        }
        if (verdict == Verdict.CLEAR) {
            out.add("No rule found a risk on any of the " + accounts.size() + " profile(s) checked.");
        }
        return out;
    }

    private static String label(CheckReport.AccountCheck a) {
        return a.platform() + (a.handle() == null ? " " + a.url() : " @" + a.handle());
    }

    /** A profile nobody watches: read now, rules on what was read. */
    private Checked checkUnwatched(String url) {
        Platform platform = Platform.ofUrl(URI.create(url));
        PageReading.Reading r = reading.read(platform, url);
        Instant now = clock.instant();
        if (r.outcome() != FetchOutcome.OK) {
            return new Checked(unread(url, platform, false, true, r.outcome(), detail(r), null, Map.of("possible", false,
                    "summary", "No follower sample was possible: the profile could not be read.")), List.of());
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
        return new Checked(account(url, platform, p.handle(), false, true, now, now, p, hits, sample.view()), hits);
    }

    /** A watched account: a stored fresh snapshot or a scan now, rules on the latest snapshot. */
    private Checked checkWatched(long accountId, String url, Duration maxAge) {
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
                return new Checked(unread(url, a.platform, true, !fresh,
                        latest == null ? FetchOutcome.NETWORK_ERROR : latest.outcome,
                        latest == null ? null : latest.error, a.handle, sample), List.of());
            }
            List<RuleHit> hits = engine.evaluate(contexts.forSnapshot(a, latest));
            return new Checked(account(url, a.platform, a.handle, true, !fresh, confirmedAt, clock.instant(),
                    latest.toProfile(), hits, sample), hits);
        });
    }

    private CheckReport.AccountCheck account(String url, Platform platform, String handle, boolean watched,
            boolean fetchedNow, Instant observedAt, Instant now, Profile p, List<RuleHit> hits,
            Map<String, Object> followerSample) {
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
                p.engagementRate(), tierNorm(tier), byModule, followerSample);
    }

    private static CheckReport.AccountCheck unread(String url, Platform platform, boolean watched, boolean fetchedNow,
            FetchOutcome outcome, String detail, String handle, Map<String, Object> followerSample) {
        return new CheckReport.AccountCheck(url, platform.id(), handle, null, watched, fetchedNow, outcome, detail,
                null, null, Tier.UNKNOWN, null, null, null, null, null, Map.of(), followerSample);
    }

    private static String detail(PageReading.Reading r) {
        return r.parse() != null && r.parse().detail() != null ? r.parse().detail() : r.fetch().error();
    }

    /** The typical engagement rate of the tier, as the low-engagement rule states it. */
    private Double tierNorm(Tier tier) {
        if (tier == Tier.UNKNOWN) {
            return null;
        }
        return catalog.find("engagement-low-rate").filter(r -> r.parameters().has("norm"))
                .map(r -> r.parameters().byTier("norm", tier)).orElse(null);
    }

    public CheckReport get(long id) {
        CreatorCheck c = CreatorCheck.<CreatorCheck>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Check", id));
        return Json.read(c.report, new com.fasterxml.jackson.core.type.TypeReference<CheckReport>() { });
    }

    /** The reading of one profile and the rule hits on it. */
    private record Checked(CheckReport.AccountCheck account, List<RuleHit> hits) {
    }
}

package dev.creatorwatch.rules;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.availability.AccountGoneModule;
import dev.creatorwatch.rules.brandsafety.BrandSafetyModule;
import dev.creatorwatch.rules.engagement.FollowerJumpModule;
import dev.creatorwatch.rules.engagement.LowEngagementRateModule;
import dev.creatorwatch.rules.engagement.anomaly.EngagementAnomalyModule;
import dev.creatorwatch.rules.fakefollowers.AudienceQualityModule;
import dev.creatorwatch.rules.fakefollowers.FakeAccountClassifierModule;
import dev.creatorwatch.rules.impersonation.ImpersonationModule;
import dev.creatorwatch.rules.impersonation.SyntheticIdentities;
import dev.creatorwatch.rules.takeover.TakeoverModule;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of evaluating the full rule set on one snapshot ({@link RuleEngine#evaluate}), with the real {@code rules/}
 * catalog and every module: a context with 30 earlier snapshots (12 recent posts each, captions in English and
 * Japanese), three sibling accounts and a set of protected identities (10,000 by default) whose impersonation
 * indexes are built once per set, as in the app. Two snapshots alternate: an ordinary one, and one that looks like a
 * protected identity and has a renamed handle and a changed link, so the impersonation, takeover and brand-safety
 * rules all have findings to explain. Target: under 1 ms per snapshot (SampleTime, so JMH prints the median).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class RuleEngineBenchmark {

    @Param("10000")
    public int protectedIdentities;

    private RuleEngine engine;
    private RuleContext[] contexts;
    private int next;

    @Setup
    public void setUp() {
        RuleCatalog catalog = new RuleCatalog(Path.of("rules"), List.of(new ImpersonationModule(),
                new BrandSafetyModule(Path.of("rules")), new TakeoverModule(), new EngagementAnomalyModule(),
                new FollowerJumpModule(), new LowEngagementRateModule(), new AudienceQualityModule(),
                new FakeAccountClassifierModule(Path.of("rules")), new AccountGoneModule()));
        if (!catalog.lastErrors().isEmpty() || catalog.all().isEmpty()) {
            throw new IllegalStateException("rules did not load: " + catalog.lastErrors());
        }
        engine = new RuleEngine(catalog);
        List<ProtectedIdentity> identities = SyntheticIdentities.generate(protectedIdentities, 7);
        ProtectedIdentitySet set = new ProtectedIdentitySet(identities, List.of(), "benchmark");
        ProtectedIdentity imitated = identities.get(identities.size() / 2);
        contexts = new RuleContext[] {
            context(set, "sunny.days.cafe", "Sunny Days Cafe", "Coffee, cakes and slow mornings in Kyoto ☕",
                    "https://sunnydays.example", 48_000L),
            context(set, imitated.handle() + "_official", imitated.displayName(),
                    "Official giveaway! DM to claim your prize 🎁 無料 プレゼント", "https://bit.ly/free-gift", 310L)};
        // Build the indexes once, as the first snapshot after a change does in the app.
        for (RuleContext c : contexts) {
            engine.evaluate(c);
        }
        List<RuleHit> hits = engine.evaluate(contexts[1]);
        if (hits.stream().noneMatch(h -> h.rule().module().equals(ImpersonationModule.NAME))) {
            throw new IllegalStateException("the look-alike snapshot raised no impersonation finding: " + hits);
        }
    }

    private static RuleContext context(ProtectedIdentitySet set, String handle, String name, String bio, String url,
            long followers) {
        Instant now = Instant.parse("2026-11-25T00:00:00Z");
        AccountFacts account = new AccountFacts(9_000_001L, 9_000_000L, "Benchmark creator", false,
                Platform.INSTAGRAM, "sunny.days.cafe", "https://www.instagram.com/sunny.days.cafe/",
                Tier.ofFollowers(followers));
        List<Observation> history = new ArrayList<>();
        for (int d = 1; d <= 30; d++) {
            long f = 45_000L + 100L * (30 - d);
            history.add(new Observation((long) d, now.minus(Duration.ofDays(d)), profile("sunny.days.cafe",
                    "Sunny Days Cafe", "Coffee, cakes and slow mornings in Kyoto ☕", "https://sunnydays.example", f,
                    now.minus(Duration.ofDays(d)))));
        }
        List<AccountFacts> siblings = List.of(
                new AccountFacts(9_000_002L, 9_000_000L, "Benchmark creator", false, Platform.TIKTOK, "sunnydays",
                        "https://www.tiktok.com/@sunnydays", Tier.MICRO),
                new AccountFacts(9_000_003L, 9_000_000L, "Benchmark creator", false, Platform.X, "sunnydays",
                        "https://x.com/sunnydays", Tier.NANO),
                new AccountFacts(9_000_004L, 9_000_000L, "Benchmark creator", false, Platform.YOUTUBE, "sunnydays",
                        "https://www.youtube.com/@sunnydays", Tier.NANO));
        return new RuleContext(account, new Observation(100L, now, profile(handle, name, bio, url, followers, now)),
                history, siblings, set, RuleContext.Source.SCAN, null, Availability.good());
    }

    private static Profile profile(String handle, String name, String bio, String url, long followers, Instant at) {
        List<Post> posts = new ArrayList<>();
        String[] captions = {"Morning pour-over with a view of the river #kyoto #coffee",
            "新しいケーキが入りました！週末限定です 🍰", "Latte art practice, day 42. Getting there!",
            "Shot this at golden hour on the terrace", "季節のブレンド、今日から販売開始",
            "Thank you for 45k! Giveaway details soon"};
        for (int i = 0; i < 12; i++) {
            posts.add(new Post("p" + i, "https://www.instagram.com/p/" + i, at.minus(Duration.ofHours(20L * i)),
                    900L + 37 * i, 40L + i, null, captions[i % captions.length]));
        }
        return Profile.builder().handle(handle).displayName(name).bio(bio).externalUrl(url).verified(Boolean.FALSE)
                .followers(followers).following(600L).posts(420L).language("en").recentPosts(posts).build();
    }

    @Benchmark
    public List<RuleHit> evaluateAllRules() {
        next = (next + 1) & 1;
        return engine.evaluate(contexts[next]);
    }
}

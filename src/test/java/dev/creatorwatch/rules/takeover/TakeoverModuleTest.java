package dev.creatorwatch.rules.takeover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinition;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleFileReader;
import dev.creatorwatch.rules.RuleParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TakeoverModuleTest {

    private static final TakeoverModule MODULE = new TakeoverModule();
    private static final RuleParameters HIGH = params("account-takeover-suspected");
    private static final RuleParameters INFO = params("account-identity-change");
    private static final Instant NOV3 = Instant.parse("2026-11-03T08:00:00Z");
    private static final Instant NOV10 = Instant.parse("2026-11-10T08:00:00Z");

    private static final Profile MIKA = Profile.builder().handle("mikatravels").displayName("Mika Travels")
            .bio("Slow travel & street food across Asia 🍜 Tokyo-based. Collabs: hello@mikatravels.com")
            .externalUrl("https://mikatravels.com/").verified(true).followers(48_000L).posts(320L).build();

    private static RuleParameters params(String id) {
        try {
            Path file = Path.of("rules/takeover/" + id + ".yaml");
            RuleDefinition def = RuleFileReader.read(id + ".yaml", Files.readString(file));
            return def.parameters();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Finding> run(RuleParameters p, Profile before, Profile after) {
        return run(p, List.of(new Observation(1L, NOV3, before)), new Observation(2L, NOV10, after));
    }

    private static List<Finding> run(RuleParameters p, List<Observation> history, Observation current) {
        AccountFacts account = new AccountFacts(1L, 1L, "Mika", false, Platform.INSTAGRAM, "mikatravels", null,
                Tier.MICRO);
        return MODULE.evaluate(new RuleContext(account, current, history, List.of(), List.of()), p);
    }

    @Test
    void nameBioAndGiveawayLinkInOneStepIsHigh() {
        Profile after = MIKA.toBuilder().displayName("Crypto Signals VIP")
                .bio("💰 Daily BTC signals, 500% profit guaranteed. DM to join the VIP group")
                .externalUrl("https://bit.ly/eth-giveaway-claim").build();
        List<Finding> f = run(HIGH, MIKA, after);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.reason()).startsWith("Between 3 Nov and 10 Nov 2026, the display name changed from "
                    + "'Mika Travels' to 'Crypto Signals VIP', the bio was rewritten (")
                    .contains("the link moved from mikatravels.com to a page that looks like a giveaway offer, "
                            + "bit.ly/eth-giveaway-claim")
                    .contains("taken over or sold");
            assertThat(x.evidence()).containsEntry("score", 4.0);
            assertThat(x.evidence().get("signals").toString()).contains("before=Mika Travels")
                    .contains("after=Crypto Signals VIP").contains("domainAfter=bit.ly");
            assertThat(x.confidence()).isGreaterThan(0.5);
        });
        assertThat(run(INFO, MIKA, after)).as("the informational band leaves it to the high rule").isEmpty();
    }

    @Test
    void creatorRebrandKeepingDomainAndSimilarBioIsInformationalAtMost() {
        Profile after = MIKA.toBuilder().handle("mikaeats").displayName("Mika Eats Asia")
                .bio("Street food & slow travel across Asia 🍜 Tokyo-based. Collabs: hello@mikatravels.com")
                .externalUrl("https://mikatravels.com/food").build();
        assertThat(run(HIGH, MIKA, after)).isEmpty();
        assertThat(run(INFO, MIKA, after)).singleElement().satisfies(x -> assertThat(x.reason())
                .contains("the handle changed from @mikatravels to @mikaeats")
                .contains("a rebrand").doesNotContain("bio").doesNotContain("link"));
    }

    @Test
    void typoFixesAndSmallEditsStayQuiet() {
        Profile before = MIKA.toBuilder().displayName("Mika Travles").build();
        Profile after = MIKA.toBuilder()
                .bio("Slow travel & street food across Asia 🍜🍣 Tokyo-based! Collabs: hello@mikatravels.com")
                .externalUrl("https://www.mikatravels.com/links").build();
        assertThat(run(INFO, before, after)).isEmpty();
        assertThat(run(HIGH, before, after)).isEmpty();
    }

    @Test
    void unknownFieldsAreNeverChanges() {
        Profile blank = Profile.builder().followers(48_000L).build();
        assertThat(run(INFO, MIKA, blank)).isEmpty();
        assertThat(run(INFO, blank, MIKA)).isEmpty();
        assertThat(run(INFO, List.of(), new Observation(1L, NOV10, MIKA))).as("first snapshot").isEmpty();
        Profile badLink = MIKA.toBuilder().externalUrl("ht!tp://%%%").build();
        assertThat(run(INFO, MIKA, badLink)).isEmpty();
        List<Observation> gappy = new ArrayList<>();
        gappy.add(new Observation(2L, NOV3, MIKA));
        gappy.add(new Observation(1L, NOV3.minus(Duration.ofDays(90)), null));
        Profile nullPosts = MIKA.toBuilder().posts(400L)
                .recentPosts(List.of(new Post(null, null, null, null, null, null, null)))
                .build();
        assertThat(run(INFO, gappy, new Observation(3L, NOV10, nullPosts))).isEmpty();
    }

    @Test
    void lostBadgeWithNewHandleAndNameIsHigh() {
        Profile after = MIKA.toBuilder().handle("nft_drops_daily").displayName("NFT Drops").verified(false).build();
        assertThat(run(HIGH, MIKA, after)).singleElement().satisfies(x -> assertThat(x.reason())
                .contains("the verified badge disappeared").contains("@nft_drops_daily"));
    }

    @Test
    void linkToShortenerAloneIsInformationalAndPlainNewDomainIsQuiet() {
        assertThat(run(INFO, MIKA, MIKA.toBuilder().externalUrl("https://tinyurl.com/abc123").build()))
                .singleElement().satisfies(x -> assertThat(x.reason())
                        .contains("to the link shortener tinyurl.com/abc123 (destination hidden)"));
        assertThat(run(INFO, MIKA, MIKA.toBuilder().externalUrl("https://linktr.ee/mika").build())).isEmpty();
        assertThat(run(INFO, MIKA, MIKA.toBuilder().externalUrl("https://shop.mikatravels.com/x").build()))
                .isEmpty();
        assertThat(run(INFO, MIKA, MIKA.toBuilder().externalUrl("https://method-together.com/").build()))
                .as("'eth' inside other words is not crypto").isEmpty();
    }

    @Test
    void languageSwitchCountsAsASignal() {
        Profile before = MIKA.toBuilder().bio("Slow travel and street food across Asia, this is my diary of the "
                + "places I love and the food you should try").build();
        Profile after = before.toBuilder().bio("毎日の仮想通貨シグナルを配信しています。初心者でも簡単に始められます。"
                + "今すぐグループに参加してください").build();
        List<Finding> f = run(INFO, before, after);
        assertThat(f).singleElement().satisfies(x -> assertThat(x.reason())
                .contains("the writing switched from English to Japanese"));
        Profile spanish = before.toBuilder().bio("Viajes lentos y comida de la calle en Asia, este es mi diario de "
                + "los lugares que amo y la comida que tienes que probar").build();
        assertThat(run(INFO, before, spanish).get(0).reason()).contains("from English to Spanish");
    }

    @Test
    void massDeletionAndBurstAfterDormancy() {
        Profile wiped = MIKA.toBuilder().posts(12L).build();
        assertThat(run(INFO, MIKA, wiped)).singleElement().satisfies(x -> assertThat(x.reason())
                .contains("the post count fell from 320 to 12 (96% deleted)"));
        assertThat(run(INFO, MIKA, MIKA.toBuilder().posts(300L).build())).isEmpty();

        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(new Post("n" + i, null, NOV10.minus(Duration.ofHours(6L * i)), 5L, 0L, null, "promo " + i));
        }
        posts.add(new Post("old", null, Instant.parse("2026-06-01T00:00:00Z"), 100L, 4L, null, "old trip"));
        Profile burst = MIKA.toBuilder().recentPosts(posts).build();
        assertThat(run(INFO, MIKA, burst)).singleElement().satisfies(x -> assertThat(x.reason())
                .contains("6 posts appeared within 3 days after 161 days without posting"));

        Map<String, Object> strict = new HashMap<>(INFO.asMap());
        strict.put("dormantDays", 200);
        assertThat(run(new RuleParameters(strict), MIKA, burst)).isEmpty();
    }

    @Test
    void burstFromPostCountsWhenDatesAreHidden() {
        List<Observation> history = new ArrayList<>();
        for (int week = 1; week <= 12; week++) {
            history.add(new Observation((long) week, NOV3.minus(Duration.ofDays(7L * (week - 1))), MIKA));
        }
        Observation now = new Observation(99L, NOV10, MIKA.toBuilder().posts(335L).build());
        assertThat(run(INFO, history, now)).singleElement().satisfies(x -> assertThat(x.reason())
                .contains("15 new posts appeared after the post count had stood still at 320 for 77 days"));
    }

    @Test
    void parametersAreChecked() {
        MODULE.validate(HIGH);
        MODULE.validate(INFO);
        Map<String, Object> bad = new HashMap<>(HIGH.asMap());
        bad.put("bioMaxSimilarity", 1.5);
        assertThatThrownBy(() -> MODULE.validate(new RuleParameters(bad))).isInstanceOf(RuleDefinitionException.class)
                .hasMessageContaining("parameters.bioMaxSimilarity must be between 0 and 1");
        Map<String, Object> missing = new HashMap<>(HIGH.asMap());
        missing.remove("handleWeight");
        assertThatThrownBy(() -> MODULE.validate(new RuleParameters(missing)))
                .hasMessageContaining("parameters.handleWeight is required");
        Map<String, Object> band = new HashMap<>(INFO.asMap());
        band.put("maxScore", 0.5);
        assertThatThrownBy(() -> MODULE.validate(new RuleParameters(band))).hasMessageContaining("maxScore");
    }

    @Test
    void hostileTextIsHandled() {
        Profile huge = MIKA.toBuilder().displayName("x".repeat(100_000)).bio("🙂".repeat(200_000))
                .externalUrl("https://" + "a".repeat(5000) + ".com").build();
        assertThat(run(INFO, MIKA, huge)).isNotNull();
        assertThat(run(HIGH, huge, MIKA)).isNotNull();
    }
}

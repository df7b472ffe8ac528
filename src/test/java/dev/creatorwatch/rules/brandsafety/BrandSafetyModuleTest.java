package dev.creatorwatch.rules.brandsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.InstanceOfAssertFactories;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleParameters;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrandSafetyModuleTest {

    private static final BrandSafetyModule MODULE = new BrandSafetyModule();
    private static final RuleParameters DEFAULT = new RuleParameters(Map.of("profile", "default"));

    static RuleContext context(Profile profile) {
        AccountFacts account = new AccountFacts(1L, 1L, "Creator", false, Platform.INSTAGRAM, "creator",
                "https://instagram.com/creator", Tier.NANO);
        return new RuleContext(account, new Observation(1L, Instant.parse("2026-11-20T00:00:00Z"), profile),
                List.of(), List.of(), List.of());
    }

    static Profile profile(String bio, String link, String... captions) {
        List<Post> posts = Arrays.stream(captions)
                .map(c -> new Post(null, "https://instagram.com/p/" + Math.abs(c.hashCode()), null, 10L, 1L, null, c))
                .toList();
        return Profile.builder().handle("creator").displayName("Creator").bio(bio).externalUrl(link)
                .followers(5000L).recentPosts(posts).build();
    }

    static List<Finding> run(Profile p, RuleParameters params) {
        return MODULE.evaluate(context(p), params);
    }

    @Test
    void floorTermInBioAlertsWithCategoryKeyAndPlainReason() {
        List<Finding> f = run(profile("DM for c0ca1ne and party favours", null), DEFAULT);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("drugs");
            assertThat(x.reason()).contains("The bio says “c0ca1ne” (term “cocaine”, floor)")
                    .contains("illegal drugs").contains("never suitable");
            assertThat(x.confidence()).isGreaterThanOrEqualTo(0.95);
            assertThat(x.evidence()).containsEntry("category", "drugs").containsEntry("level", "floor")
                    .containsEntry("profile", "default");
            assertThat(x.evidence().get("matches")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
        });
    }

    @Test
    void oneFindingPerCategoryNamingEachPlace() {
        List<Finding> f = run(profile("weed life", "https://example.com/buy-weed",
                "sunday #cannabis vibes", "just a normal day", "new post: marijuana brownies"), DEFAULT);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("drugs");
            assertThat(x.reason()).startsWith("The external link says “buy-weed” (term “buy weed”, floor)")
                    .contains("the bio says “weed”").contains("and 1 more");
            assertThat(x.evidence()).containsEntry("matchCount", 4);
            assertThat(x.evidence().get("matches").toString()).contains("post 1's caption").contains("cannabis")
                    .contains("post 3's caption").doesNotContain("post 2's");
        });
    }

    @Test
    void severalCategoriesGiveSeveralFindings() {
        List<Finding> f = run(profile("guns for sale, free iptv, fuck the haters", null), DEFAULT);
        assertThat(f).extracting(Finding::key).containsExactlyInAnyOrder("arms", "piracy", "obscenity");
    }

    @Test
    void japanesePostsAreScreened() {
        List<Finding> f = run(profile("東京在住のカフェ巡り", null, "ヤクルト飲んだ", "大麻とシャブあります、DMください"),
                DEFAULT);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("drugs");
            assertThat(x.reason()).contains("Post 2's caption says “シャブ”").contains("“大麻”");
        });
    }

    @Test
    void benignCreatorBiosStayQuiet() {
        for (String bio : List.of(
                "Portrait photographer | headshots & branding | shot on Sony A7IV | Brooklyn",
                "Killing it in ranked every night 🎮 Valorant Immortal | streams Tue/Thu",
                "Drugstore makeup reviews 💄 hot glue gun crafts on Sundays",
                "東京在住📍カフェ巡りとシャブシャブ食べ放題レポ🍲 ヤクルト愛好家",
                "Wine lover 🍷 food writer in Lisbon | cocktails & tapas",
                "テロップ入れ・動画編集承ります。無断転載禁止")) {
            assertThat(run(profile(bio, "https://linktr.ee/someone"), DEFAULT)).as(bio).isEmpty();
        }
    }

    @Test
    void theSuitabilityProfileDecidesWhichLevelsAlert() {
        Profile wine = profile("Sommelier 🍷 wine and tequila tastings, sometimes drunk on love", null);
        assertThat(run(wine, DEFAULT)).isEmpty();
        assertThat(run(wine, new RuleParameters(Map.of("profile", "family-safe"))))
                .extracting(Finding::key).containsExactly("drugs");
        Profile vape = profile("vape reviews and cloud chasing", null);
        assertThat(run(vape, DEFAULT)).extracting(Finding::key).containsExactly("drugs");
        assertThat(run(vape, new RuleParameters(Map.of("profile", "alcohol-brand")))).isEmpty();
        Profile floor = profile("cocaine", null);
        assertThat(run(floor, new RuleParameters(Map.of("profile", "alcohol-brand")))).hasSize(1);
    }

    @Test
    void fieldsAndMaxPostsLimitWhatIsRead() {
        Profile p = profile("clean bio", null, "cocaine");
        assertThat(run(p, new RuleParameters(Map.of("profile", "default", "fields", List.of("bio"))))).isEmpty();
        assertThat(run(p, new RuleParameters(Map.of("profile", "default", "maxPosts", 0)))).isEmpty();
        assertThat(run(p, DEFAULT)).hasSize(1);
    }

    @Test
    void unknownFieldsAreNotChanges() {
        Profile empty = Profile.builder().build();
        assertThat(run(empty, DEFAULT)).isEmpty();
        Profile nullCaption = Profile.builder().recentPosts(List.of(new Post(null, null, null, null, null, null, null)))
                .build();
        assertThat(run(nullCaption, DEFAULT)).isEmpty();
        assertThat(run(profile(null, "::not a url %zz"), DEFAULT)).isEmpty();
    }

    @Test
    void hostileProfilesAreScreenedWithinLimits() {
        String[] captions = new String[500];
        java.util.Arrays.fill(captions, "🙂".repeat(5_000) + " p\u0336o\u0336r\u0336n\u0336 <script>alert(1)</script>");
        Profile p = profile("a".repeat(1_000_000), "javascript:alert('porn')", captions);
        List<Finding> f = run(p, DEFAULT);
        assertThat(f).extracting(Finding::key).containsExactly("adult");
        assertThat(f.get(0).evidence().get("matches")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .hasSizeLessThanOrEqualTo(20);
        assertThat(f.get(0).evidence()).containsEntry("matchCount", 13); // the link and 12 posts, not 500
    }

    @Test
    void validateRefusesUnknownProfilesAndFields() {
        MODULE.validate(DEFAULT);
        assertThatThrownBy(() -> MODULE.validate(new RuleParameters(Map.of("profile", "nope"))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("no suitability profile 'nope'")
                .hasMessageContaining("default");
        assertThatThrownBy(() -> MODULE.validate(new RuleParameters(Map.of())))
                .hasMessageContaining("parameters.profile is required");
        assertThatThrownBy(() -> MODULE.validate(new RuleParameters(Map.of("profile", "default",
                "fields", List.of("bio", "avatar"))))).hasMessageContaining("unknown field 'avatar'");
    }
}

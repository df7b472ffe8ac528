package dev.creatorwatch.rules.impersonation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookalikeGeneratorTest {

    private final LookalikeGenerator generator = new LookalikeGenerator();

    @Test
    void coversEveryTrickAndStaysValidUniqueAndBounded() {
        List<String> all = generator.candidates("yuka.tanaka", Platform.INSTAGRAM, 10_000);
        assertThat(all).doesNotHaveDuplicates().doesNotContain("yuka.tanaka")
                .allMatch(h -> PlatformHandles.isValid(Platform.INSTAGRAM, h));
        assertThat(all).contains(
                "yuka.tanaka_official", "realyuka.tanaka", "yuka.tanaka.jp", "yuka.tanakatv", // affixes
                "yuka.tanaka2024", "yuka.tanaka1",                                           // digits
                "yuka__tanaka", "yuka.tanaka_",                                              // doubled separators
                "yuka_tanaka", "yukatanaka", "yukata_naka",                                  // separators
                "yuka.tan4ka", "yuk4.t4n4k4",                                                // homoglyphs
                "yuka.tanaak", "yuka.tanka", "yuka.tanaaka",                                 // transposition, omission
                "yuka.tanakas", "yuka.tenaka",                                               // addition, vowel swap
                "yuka.tanakq", "yukq.tanaka", "yuka.tanaksa",                                // keyboard neighbours
                "yuka.tanakc");                                                              // bitsquatting a^2
        assertThat(all).noneMatch(h -> h.contains("..") || h.startsWith(".") || h.endsWith("."));
        assertThat(generator.candidates("yuka.tanaka", Platform.INSTAGRAM, 25)).hasSize(25);
        assertThat(generator.candidates("yuka.tanaka", Platform.INSTAGRAM, 1_000_000).size())
                .isLessThanOrEqualTo(LookalikeGenerator.MAX_CANDIDATES);
    }

    @Test
    void homoglyphsUseOnlyCharactersThePlatformAllows() {
        List<String> all = generator.candidates("williamchen", Platform.X, 5_000);
        assertThat(all).contains("vvilliamchen", "wi11iamchen", "wiiliamchen", "williarnchen", "wllliamchen")
                .allMatch(h -> h.matches("[a-z0-9_]{1,15}"));
        assertThat(generator.candidates("williamchen", Platform.TWITCH, 5_000)).noneMatch(h -> h.contains("."));
    }

    @Test
    void affixesAndLookalikesComeBeforeBitFlips() {
        List<String> ranked = generator.candidates("emmawilson", Platform.TIKTOK, 5_000);
        assertThat(ranked.indexOf("emmawilson_official")).isLessThan(ranked.indexOf("emmawilsoo"));
        assertThat(ranked.indexOf("ernmawilson")).isLessThan(ranked.indexOf("emmawilsob"));
        assertThat(ranked.subList(0, 50)).allMatch(h -> h.length() >= "emmawilson".length());
    }

    @Test
    void generatedLookalikesAreMostlyCaughtByTheScorer() {
        LookalikeScorer scorer = new LookalikeScorer(ImpersonationSettings.defaults());
        var target = new dev.creatorwatch.rules.ProtectedIdentity(1L, "Emma Wilson", 1L, Platform.INSTAGRAM,
                "emmawilson", "Emma Wilson", null, null);
        IdentityKeys pk = scorer.keys(target);
        List<String> top = generator.candidates("emmawilson", Platform.INSTAGRAM, 200);
        long caught = top.stream().filter(h -> scorer.score(CandidateAccount.of(Platform.INSTAGRAM, h, "Emma Wilson"),
                scorer.keys(h, "Emma Wilson", null), target, pk).alert()).count();
        System.out.printf("Scorer catches %d of the generator's top 200 for emmawilson (display name copied)%n", caught);
        assertThat(caught).isGreaterThanOrEqualTo(190);
    }

    @Test
    void hostileInputGivesNothingOrValidHandles() {
        assertThat(generator.candidates(null, Platform.INSTAGRAM, 10)).isEmpty();
        assertThat(generator.candidates("", Platform.INSTAGRAM, 10)).isEmpty();
        assertThat(generator.candidates("x".repeat(10_000), Platform.INSTAGRAM, 10)).isEmpty();
        assertThat(generator.candidates("a'; drop--", Platform.INSTAGRAM, 500))
                .allMatch(h -> PlatformHandles.isValid(Platform.INSTAGRAM, h));
        assertThat(new HashSet<>(generator.candidates("@Yuka", Platform.X, 100))).doesNotContain("yuka", "@yuka");
    }

    @Test
    void profileUrlsPerPlatform() {
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.INSTAGRAM, "@Yuka.Tanaka_"))
                .containsExactly("https://www.instagram.com/yuka.tanaka_/");
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.TIKTOK, "yuka.tanaka"))
                .containsExactly("https://www.tiktok.com/@yuka.tanaka");
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.X, "yuka_tanaka"))
                .containsExactly("https://x.com/yuka_tanaka");
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.X, "yuka.tanaka")).isEmpty();
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.YOUTUBE, "yukatanaka"))
                .containsExactly("https://www.youtube.com/@yukatanaka");
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.BLUESKY, "yuka.bsky.social"))
                .containsExactly("https://bsky.app/profile/yuka.bsky.social");
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.MASTODON, "yuka@mastodon.social"))
                .containsExactly("https://mastodon.social/@yuka");
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.MASTODON, "yuka")).isEmpty();
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.INSTAGRAM, "../admin?x=1")).isEmpty();
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.THREADS, "yuka")).containsExactly(
                "https://www.threads.net/@yuka");
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.TWITCH, "yukatanaka")).containsExactly(
                "https://www.twitch.tv/yukatanaka");
        assertThat(LookalikeGenerator.candidateProfileUrls(Platform.WEB, "yuka")).isEmpty();
    }
}

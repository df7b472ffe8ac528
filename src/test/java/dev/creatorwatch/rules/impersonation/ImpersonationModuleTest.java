package dev.creatorwatch.rules.impersonation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.AvatarHash;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.ProtectedIdentity;
import dev.creatorwatch.rules.ProtectedIdentitySet;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinition;
import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleFileReader;
import dev.creatorwatch.rules.RuleParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImpersonationModuleTest {

    private static final ProtectedIdentity YUKA = new ProtectedIdentity(1L, "Yuka Tanaka", 11L, Platform.INSTAGRAM,
            "yukatanaka", "Yuka Tanaka", "Tokyo lifestyle & travel. Collabs: mgmt@yukatanaka.jp",
            "https://yukatanaka.jp");
    private static final ProtectedIdentity YUKA_TIKTOK = new ProtectedIdentity(1L, "Yuka Tanaka", 12L,
            Platform.TIKTOK, "yukatanaka", "Yuka Tanaka", null, null);
    private static final ProtectedIdentity BLUE_TOKYO = new ProtectedIdentity(2L, "Blue Bottle Tokyo", 21L,
            Platform.INSTAGRAM, "bluebottletokyo", "Blue Bottle Tokyo", null, "https://bluebottlecoffee.jp");

    private final ImpersonationModule module = new ImpersonationModule();
    private final RuleParameters parameters = ruleParameters("impersonation-lookalike-handle");
    private final RuleParameters profileCopy = ruleParameters("impersonation-profile-copy");

    private static RuleParameters ruleParameters(String id) {
        try {
            Path file = Path.of("rules/impersonation/" + id + ".yaml");
            RuleDefinition def = RuleFileReader.read("impersonation/" + file.getFileName(), Files.readString(file));
            return def.parameters();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuleContext context(Long creatorId, String handle, Profile profile, ProtectedIdentity... identities) {
        AccountFacts account = new AccountFacts(99L, creatorId, "Someone", false, Platform.INSTAGRAM, handle,
                "https://www.instagram.com/" + handle + "/", Tier.EMERGING);
        return new RuleContext(account, new Observation(5L, Instant.parse("2026-11-20T00:00:00Z"), profile),
                List.of(), List.of(), List.of(identities));
    }

    private static Profile profile(String displayName, Long followers, Long posts, String url) {
        return Profile.builder().displayName(displayName).followers(followers).posts(posts).externalUrl(url).build();
    }

    @Test
    void affixCopyWithSameDisplayNameAlertsInPlainWords() {
        List<Finding> findings = module.evaluate(context(7L, "yuka.tanaka_official",
                profile("Yuka Tanaka", 120L, 3L, "https://yuka-giveaway.example"), YUKA), parameters);

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.key()).isEqualTo("instagram:yukatanaka");
        assertThat(f.reason()).isEqualTo("@yuka.tanaka_official looks like protected account Yuka Tanaka's @yukatanaka: "
                + "same name after removing 'official', '.' and '_'; display name identical; account has 120 followers "
                + "(small), only 3 posts, links to unknown site yuka-giveaway.example.");
        assertThat(f.evidence()).containsEntry("handleLikeness", "SAME_CORE")
                .containsEntry("candidateCore", "yukatanaka").containsEntry("displayNameCopied", true)
                .containsEntry("unknownLinkHost", "yuka-giveaway.example");
        assertThat(f.confidence()).isEqualTo(1.0);
    }

    @Test
    void homoglyphHandleAlertsAndNamesTheForeignLetters() {
        List<Finding> findings = module.evaluate(context(7L, "yukаtanaka", profile("Yuka", 40L, null, null), YUKA),
                parameters);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.reason()).contains("handle reads the same apart from").contains("Latin and Cyrillic")
                    .contains("а (Cyrillic)");
            assertThat(f.evidence()).containsEntry("handleLikeness", "SAME_SKELETON");
        });
    }

    @Test
    void hiddenCharactersAreReportedButNeverEchoed() {
        List<Finding> findings = module.evaluate(context(7L, "yuka\u200Dtanaka\u202E",
                profile("Yuka Tanaka", 10L, 0L, null), YUKA), parameters);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.reason()).contains("ZERO WIDTH JOINER").contains("RIGHT-TO-LEFT OVERRIDE")
                    .doesNotContain("\u202E").doesNotContain("\u200D");
        });
    }

    @Test
    void typoHandleNeedsTheDisplayNameToo() {
        Profile copied = profile("Yuka Tanaka", 300L, 4L, null);
        Profile own = profile("Yuna Tanaka", 300L, 4L, null);
        assertThat(module.evaluate(context(7L, "yukatanqka", copied, YUKA), parameters)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("1 typo away").contains("display name identical"));
        assertThat(module.evaluate(context(7L, "yunatanaka", own, YUKA), parameters)).isEmpty();
    }

    @Test
    void hardNegativesStayQuiet() {
        assertThat(module.evaluate(context(8L, "bluebottlekyoto", profile("Blue Bottle Kyoto", 20_000L, 400L,
                "https://bluebottlecoffee.jp"), BLUE_TOKYO), parameters)).isEmpty();
        assertThat(module.evaluate(context(8L, "tanaka_cooking", profile("Tanaka Cooking", 50L, 3L, null), YUKA),
                parameters)).isEmpty();
        ProtectedIdentity tim = new ProtectedIdentity(3L, "Tim", 31L, Platform.INSTAGRAM, "tim", "Tim", null, null);
        assertThat(module.evaluate(context(8L, "tom", profile("Tom", 50L, 3L, null), tim), parameters)).isEmpty();
    }

    @Test
    void ownCreatorIsNeverAnImpersonatorEvenIfTheContextForgetsToExcludeIt() {
        assertThat(module.evaluate(context(1L, "yukatanaka.jp", profile("Yuka Tanaka", 10L, 1L, null), YUKA),
                parameters)).isEmpty();
    }

    @Test
    void oneFindingPerCreatorPreferringTheSamePlatform() {
        List<Finding> findings = module.evaluate(context(7L, "yukatanaka_official", profile("Yuka Tanaka", 10L, 1L,
                null), YUKA_TIKTOK, YUKA), parameters);
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.key()).isEqualTo("instagram:yukatanaka"));
    }

    @Test
    void missingProfileFieldsAndEmptyHandlesDoNotBreak() {
        Profile empty = Profile.builder().build();
        assertThat(module.evaluate(context(7L, "", empty, YUKA), parameters)).isEmpty();
        ProtectedIdentity blank = new ProtectedIdentity(null, null, null, null, null, null, null, null);
        assertThat(module.evaluate(context(7L, "yukatanaka_jp", empty, blank, YUKA), parameters)).hasSize(1);
    }

    @Test
    void profileCopyRuleNeedsNameAndBioAndLeavesLookalikeHandlesToTheHandleRule() {
        Profile copy = Profile.builder().displayName("Yuka Tanaka")
                .bio("Tokyo lifestyle & travel. Collabs: mgmt@yukatanaka.jp").followers(30L).posts(1L).build();
        assertThat(module.evaluate(context(7L, "travel_jp_daily", copy, YUKA), profileCopy)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("different handle").contains("display name identical")
                        .contains("bio copied (100% word similarity)"));
        assertThat(module.evaluate(context(7L, "travel_jp_daily", copy, YUKA), parameters)).isEmpty();
        assertThat(module.evaluate(context(7L, "yukatanaka_jp", copy, YUKA), profileCopy)).isEmpty();
        Profile namesake = copy.toBuilder().bio("Ceramics from Mashiko, workshops on weekends").build();
        assertThat(module.evaluate(context(7L, "travel_jp_daily", namesake, YUKA), profileCopy)).isEmpty();
        assertThatThrownBy(() -> module.validate(new RuleParameters(Map.of("match", "avatar"))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("parameters.match");
    }

    @Test
    void hostileProfilesAreBoundedAndNeverEchoedRaw() {
        String huge = "\u202Eyuka\uD800tanaka".repeat(100_000);
        Profile hostile = Profile.builder().handle(huge).displayName(huge).bio(huge)
                .externalUrl("javascript:alert(1)//" + "x".repeat(10_000)).followers(-5L).posts(-1L).build();
        long start = System.nanoTime();
        List<Finding> findings = module.evaluate(context(7L, "x", hostile, YUKA, BLUE_TOKYO), parameters);
        assertThat(System.nanoTime() - start).as("bounded work").isLessThan(5_000_000_000L);
        assertThat(findings).allSatisfy(f -> assertThat(f.reason()).doesNotContain("\u202E").hasSizeLessThan(1_000));
        Profile injection = Profile.builder().displayName("Yuka Tanaka<script>alert(1)</script>")
                .externalUrl("http://[::1]:bad").build();
        assertThat(module.evaluate(context(7L, "yukatanaka_official'--", injection, YUKA), parameters))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("unknownLinkHost", null));
    }

    @Test
    void validateRejectsBadParameters() {
        module.validate(parameters);
        assertThatThrownBy(() -> module.validate(new RuleParameters(Map.of("alertAt", 3))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("parameters.alertAt");
        assertThatThrownBy(() -> module.validate(new RuleParameters(Map.of("weights", Map.of("typo", 0.2)))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("parameters.weights.typo");
        assertThatThrownBy(() -> module.validate(new RuleParameters(Map.of("weights", Map.of("sameCore", 2)))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("parameters.weights.sameCore");
    }

    @Test
    void aCopiedPictureRaisesConfidenceAndIsExplainedButAWidelySharedOneIsNotCompared() {
        AvatarHash yukaPicture = AvatarHash.parse("c3a5f0e1d2b49687");
        AvatarHash reupload = AvatarHash.parse("c3a5f0e1d2b49688");
        Profile copy = profile("Yuka", 5_000L, 200L, null); // not capped at 1 before the picture counts
        AccountFacts account = new AccountFacts(99L, 7L, "Someone", false, Platform.INSTAGRAM, "yukatanaka_official",
                "https://www.instagram.com/yukatanaka_official/", Tier.EMERGING);
        java.util.function.BiFunction<ProtectedIdentity, AvatarHash, Finding> evaluate = (p, hash) -> module.evaluate(
                new RuleContext(account, new Observation(5L, Instant.parse("2026-11-20T00:00:00Z"), copy), List.of(),
                        List.of(), ProtectedIdentitySet.of(List.of(p)), RuleContext.Source.SCAN, null, null, hash),
                parameters).get(0);

        Finding without = evaluate.apply(YUKA.withAvatar(yukaPicture, 0), null);
        Finding with = evaluate.apply(YUKA.withAvatar(yukaPicture, 0), reupload);
        Finding shared = evaluate.apply(YUKA.withAvatar(yukaPicture, 12), reupload);

        assertThat(with.confidence()).isGreaterThan(without.confidence());
        assertThat(with.reason()).contains("profile picture is a near copy of @yukatanaka's (4 of 64 bits differ)");
        assertThat(with.evidence()).containsEntry("avatarDistance", 4).containsEntry("avatarCopied", true)
                .containsEntry("candidateAvatarHash", "c3a5f0e1d2b49688").containsEntry("avatarMaxDistance", 6);
        assertThat(without.reason()).doesNotContain("profile picture");
        assertThat(shared.confidence()).isEqualTo(without.confidence());
        assertThat(shared.reason()).doesNotContain("profile picture");
        assertThat(shared.evidence()).containsEntry("avatarDistance", -1)
                .containsEntry("avatarNotCompared",
                        "the protected picture is shown by 12 other creators' accounts too (a default or stock picture)");
    }

    @Test
    void validateRejectsBadAvatarParameters() {
        assertThatThrownBy(() -> module.validate(new RuleParameters(Map.of("avatarMaxDistance", 40))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("parameters.avatarMaxDistance");
        assertThatThrownBy(() -> module.validate(new RuleParameters(Map.of("genericAvatarSharedBy", 0))))
                .isInstanceOf(RuleDefinitionException.class).hasMessageContaining("parameters.genericAvatarSharedBy");
        assertThatThrownBy(() -> AvatarHash.parse("not-hex")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ImpersonationSettings.from(profileCopy).weights().avatarCopied()).isEqualTo(0.3);
    }
}

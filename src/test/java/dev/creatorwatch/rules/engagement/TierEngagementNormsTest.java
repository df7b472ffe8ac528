package dev.creatorwatch.rules.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;
import dev.creatorwatch.parse.Post;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AccountFacts;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.RuleCatalog;
import dev.creatorwatch.rules.RuleContext;
import dev.creatorwatch.rules.RuleDefinition;
import dev.creatorwatch.rules.fakefollowers.AudienceQualityModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One table of tier engagement norms for every rule and the check: the rules that read it agree on it, and the rule
 * loader refuses them, naming the table and the problem, when it is missing or inconsistent.
 */
class TierEngagementNormsTest {

    static final String LOW_RATE = "engagement/engagement-low-rate.yaml";
    static final String AUDIENCE = "fakefollowers/fake-audience-quality.yaml";

    @TempDir
    Path dir;

    TierEngagementNorms norms;

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        for (String f : List.of(LOW_RATE, AUDIENCE, TierEngagementNorms.FILE)) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.copy(Path.of("rules").resolve(f), dir.resolve(f));
        }
        norms = new TierEngagementNorms(dir);
    }

    RuleCatalog catalog() {
        return new RuleCatalog(dir, List.of(new LowEngagementRateModule(norms), new AudienceQualityModule(norms)));
    }

    void writeTable(String norms) throws IOException {
        Files.writeString(dir.resolve(TierEngagementNorms.FILE), "{\"norms\": " + norms + "}");
    }

    static final String GOOD = "{\"emerging\": 0.06, \"nano\": 0.045, \"micro\": 0.025, \"macro\": 0.018, "
            + "\"mega\": 0.012}";

    @Test
    void bothRulesAndTheCheckStateTheSameUsualRateForANanoCreator() {
        RuleCatalog catalog = catalog();
        assertThat(catalog.lastErrors()).isEmpty();
        Profile quiet = Profile.builder().followers(5_000L).posts(80L).recentPosts(List.of(
                new Post("a", null, null, 40L, 0L, null, null), new Post("b", null, null, 30L, 0L, null, null),
                new Post("c", null, null, 35L, 0L, null, null))).build();
        RuleContext ctx = new RuleContext(new AccountFacts(1L, 1L, "Nano", false, Platform.INSTAGRAM, "nano", null,
                Tier.NANO), new Observation(1L, Instant.parse("2026-12-01T00:00:00Z"), quiet), List.of(), List.of(),
                List.of());

        Finding lowRate = evaluate(catalog, "engagement-low-rate", ctx);
        Finding audience = evaluate(catalog, "fake-audience-quality", ctx);

        assertThat(norms.typical(Tier.NANO)).hasValue(0.045); // what the creator check shows
        assertThat(lowRate.evidence()).containsEntry("tierNorm", 0.045);
        assertThat(lowRate.reason()).contains("typical: 4.50%");
        assertThat(audience.evidence().get("engagementRate")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("tierNorm", 0.045);
        assertThat(audience.reason()).contains("against a usual 4.50% for this tier");
    }

    private static Finding evaluate(RuleCatalog catalog, String id, RuleContext ctx) {
        RuleDefinition rule = catalog.find(id).orElseThrow();
        List<Finding> found = catalog.module(rule).evaluate(ctx, rule.parameters());
        assertThat(found).as(id).hasSize(1);
        return found.get(0);
    }

    @Test
    void aMissingTableRefusesBothRulesNamingIt() throws IOException {
        Files.delete(dir.resolve(TierEngagementNorms.FILE));
        List<String> refused = catalog().lastErrors();
        assertThat(refused).hasSize(2).allSatisfy(m -> assertThat(m)
                .contains("field '" + TierEngagementNorms.FILE + "': the file is missing"));
        assertThat(refused).anySatisfy(m -> assertThat(m).startsWith(LOW_RATE))
                .anySatisfy(m -> assertThat(m).startsWith(AUDIENCE));
        assertThat(norms.typical(Tier.NANO)).isEmpty(); // the check then shows no usual rate, rather than a guess
    }

    @Test
    void anInconsistentTableIsRefusedWithWhatIsWrong() throws IOException {
        Map<String, String> tables = Map.of(
                "{\"emerging\": 0.06, \"nano\": 0.045, \"micro\": 0.025, \"mega\": 0.012}",
                "no typical rate for macro (every tier needs one: emerging, nano, micro, macro, mega)",
                GOOD.replace("}", ", \"default\": 0.02}"),
                "\"default\" in norms is not a tier",
                GOOD.replace("0.045", "4.5"),
                "norms.nano must be a share of followers between 0 and 1 (0.045 for 4.5 %), was 4.5",
                GOOD.replace("0.018", "0.03"),
                "macro (0.03) is higher than micro (0.025), but larger audiences engage less",
                GOOD.replace("\"nano\": 0.045", "\"nano\": 0.045, \"nano\": 0.04"),
                "not valid JSON: Duplicate field 'nano'");
        for (Map.Entry<String, String> t : tables.entrySet()) {
            writeTable(t.getKey());
            assertThat(catalog().lastErrors()).as(t.getKey()).hasSize(2)
                    .allSatisfy(m -> assertThat(m).contains(TierEngagementNorms.FILE).contains(t.getValue()));
        }
    }

    @Test
    void aRuleWithATableOfItsOwnIsRefused() throws IOException {
        Path audience = dir.resolve(AUDIENCE);
        Files.writeString(audience, Files.readString(audience).replace("parameters:\n",
                "parameters:\n  engagementNorm: {emerging: 0.05, nano: 0.04, micro: 0.025, macro: 0.015, mega: 0.01}\n"));
        assertThat(catalog().lastErrors()).singleElement().asString().startsWith(AUDIENCE)
                .contains("parameters.engagementNorm").contains("remove this table and tune that file");
    }

    @Test
    void aFloorAtOrAboveItsTiersUsualRateIsRefused() throws IOException {
        writeTable("{\"emerging\": 0.06, \"nano\": 0.045, \"micro\": 0.007, \"macro\": 0.006, \"mega\": 0.004}");
        assertThat(catalog().lastErrors()).singleElement().asString().startsWith(LOW_RATE)
                .contains("parameters.floor.micro (0.007) must be below the tier's typical rate (0.007 in "
                        + TierEngagementNorms.FILE + ")");
    }

    @Test
    void theLastGoodTableStaysInUseWhenANewOneIsRefused() throws IOException {
        RuleCatalog catalog = catalog();
        assertThat(catalog.lastErrors()).isEmpty();
        writeTable(GOOD.replace("\"nano\": 0.045, ", ""));
        assertThat(catalog.reload().refused()).hasSize(2);
        assertThat(catalog.find("engagement-low-rate")).isPresent();
        assertThat(norms.current().of(Tier.NANO)).hasValue(0.045);
    }
}

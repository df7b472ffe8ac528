package dev.creatorwatch.rules.brandsafety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.Finding;
import dev.creatorwatch.rules.RuleParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * False positives on hand-written benign creator bios and recall on risky ones, under the shipped lexicons and the
 * default suitability profile. Prints its table; the floors asserted are the figures reached when the lexicons were
 * last tuned, so a lexicon edit that makes things worse fails here.
 */
class BenignBiosEvaluationTest {

    private static final BrandSafetyModule MODULE = new BrandSafetyModule();

    @Test
    void falsePositiveRateOnBenignBiosAndRecallOnRiskyOnes() throws IOException {
        List<String> benign = lines("/brandsafety/benign-bios.txt");
        List<String> risky = lines("/brandsafety/risky-bios.txt");
        assertThat(benign).hasSizeGreaterThanOrEqualTo(150);

        Outcome defaultBenign = run(benign, "default");
        Outcome defaultRisky = run(risky, "default");
        Outcome strictBenign = run(benign, "family-safe");
        double fpRate = (double) defaultBenign.alerted.size() / benign.size();
        double recall = (double) defaultRisky.alerted.size() / risky.size();

        System.out.printf("%nBrand-safety evaluation (hand-written bios, shipped lexicons)%n");
        System.out.printf("%-34s %6s %8s %8s%n", "set / profile", "bios", "alerted", "rate");
        System.out.printf("%-34s %6d %8d %7.1f%%%n", "benign / default (false pos.)", benign.size(),
                defaultBenign.alerted.size(), 100 * fpRate);
        System.out.printf("%-34s %6d %8d %7.1f%%%n", "risky / default (recall)", risky.size(),
                defaultRisky.alerted.size(), 100 * recall);
        System.out.printf("%-34s %6d %8d %7.1f%%%n", "benign / family-safe (any level)", benign.size(),
                strictBenign.alerted.size(), 100.0 * strictBenign.alerted.size() / benign.size());
        defaultBenign.alerted.forEach(b -> System.out.println("  false positive: " + b));
        defaultRisky.missed.forEach(b -> System.out.println("  missed: " + b));
        strictBenign.alerted.forEach(b -> System.out.println("  family-safe alert: " + b));

        assertThat(fpRate).as("false-positive rate on benign bios").isLessThanOrEqualTo(0.02);
        assertThat(recall).as("recall on risky bios").isGreaterThanOrEqualTo(0.95);
    }

    private static Outcome run(List<String> bios, String profile) {
        RuleParameters params = new RuleParameters(Map.of("profile", profile));
        Outcome o = new Outcome(new ArrayList<>(), new ArrayList<>());
        for (String bio : bios) {
            List<Finding> f = MODULE.evaluate(BrandSafetyModuleTest.context(Profile.builder().bio(bio).build()),
                    params);
            if (f.isEmpty()) {
                o.missed.add(bio);
            } else {
                o.alerted.add(bio + "  →  " + f.stream().map(x -> x.key() + ": " + x.evidence().get("matches"))
                        .toList());
            }
        }
        return o;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = BenignBiosEvaluationTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private record Outcome(List<String> alerted, List<String> missed) {
    }
}

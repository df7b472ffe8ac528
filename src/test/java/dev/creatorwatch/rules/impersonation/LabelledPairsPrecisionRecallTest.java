package dev.creatorwatch.rules.impersonation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the default scorer on our labelled pairs, printed per kind. The floors are what the
 * scorer achieves today, so a change that loses ground fails here.
 */
class LabelledPairsPrecisionRecallTest {

    @Test
    void precisionAndRecallOnTheLabelledSet() {
        LabelledPairs set = LabelledPairs.load();
        assertThat(set.pairs()).hasSizeGreaterThanOrEqualTo(200);
        LookalikeScorer scorer = new LookalikeScorer(ImpersonationSettings.defaults());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        StringBuilder mistakes = new StringBuilder();
        for (LabelledPairs.Pair p : set.pairs()) {
            var candidate = p.candidate();
            var target = p.target();
            boolean alert = scorer.score(candidate, scorer.keys(candidate.handle(), candidate.displayName(), null),
                    target, scorer.keys(target)).alert();
            int[] counts = byKind.computeIfAbsent((p.impersonation() ? "+ " : "- ") + p.kind(), k -> new int[2]);
            counts[alert == p.impersonation() ? 0 : 1]++;
            if (alert && p.impersonation()) {
                tp++;
            } else if (alert) {
                fp++;
                mistakes.append("  false alarm: ").append(p).append('\n');
            } else if (p.impersonation()) {
                fn++;
                mistakes.append("  missed:      ").append(p).append('\n');
            } else {
                tn++;
            }
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        System.out.printf("Impersonation labelled set: %d pairs (%d positive), TP=%d FP=%d FN=%d TN=%d%n",
                set.pairs().size(), tp + fn, tp, fp, fn, tn);
        System.out.printf("precision=%.3f recall=%.3f%n", precision, recall);
        byKind.forEach((kind, c) -> System.out.printf("  %-28s right=%3d wrong=%3d%n", kind, c[0], c[1]));
        System.out.print(mistakes);

        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }
}

package dev.creatorwatch.rules.fakefollowers;

/**
 * The Wilson score interval for a proportion: better than the normal one for small counts and for shares near 0 or 1,
 * which is where a follower sample's fake share and an evaluation's sensitivity on a hundred fakes both lie.
 */
public final class WilsonInterval {

    /** The usual two-sided 95 % interval. */
    public static final double Z95 = 1.96;

    private WilsonInterval() {
    }

    /** {@code {low, high}} for {@code successes} out of {@code trials}; {@code {0, 1}} when there were no trials. */
    public static double[] of(int successes, int trials, double z) {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + "/" + trials);
        }
        if (trials == 0) {
            return new double[] {0, 1};
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}

package dev.creatorwatch.rules.fakefollowers;

/** A checked sample of an account's followers: how many were looked at and how many the classifier called fake. */
public record FollowerSample(int sampled, int fake) {

    public FollowerSample {
        if (sampled < 0 || fake < 0 || fake > sampled) {
            throw new IllegalArgumentException("need 0 <= fake <= sampled, got " + fake + "/" + sampled);
        }
    }

    /** Wilson score interval for the fake share (better than the normal one for small samples and shares near 0). */
    public double[] wilson(double z) {
        if (sampled == 0) {
            return new double[] {0, 1};
        }
        double n = sampled;
        double p = fake / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}

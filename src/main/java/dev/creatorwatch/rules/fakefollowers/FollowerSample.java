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
        return WilsonInterval.of(fake, sampled, z);
    }
}

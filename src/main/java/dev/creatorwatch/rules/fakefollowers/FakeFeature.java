package dev.creatorwatch.rules.fakefollowers;

import java.util.Locale;

/**
 * The account-level signals the fake-account model may use, all readable from a public profile. A value the page or
 * the data set does not give is NaN; the model sends NaN down a learnt default branch. Each feature says, in plain
 * words, what a value pushing towards "fake" or "genuine" means, and on which side its "fake" wording lies.
 */
public enum FakeFeature {
    FOLLOWERS(Side.LOW, "followers", "has few followers (%s)", "has a sizeable following (%s)"),
    FOLLOWING(Side.HIGH, "following", "follows many accounts (%s)", "follows a modest number of accounts (%s)"),
    POSTS(Side.LOW, "posts", "has posted little (%s posts)", "has a real posting history (%s posts)"),
    FOLLOWING_PER_FOLLOWER(Side.HIGH, "following per follower",
            "follows far more accounts than follow it (%s per follower)",
            "is followed more than it follows (%s following per follower)"),
    FOLLOWERS_PER_POST(Side.NONE, "followers per post", "has an unusual followers-to-posts balance (%s per post)",
            "has a usual followers-to-posts balance (%s per post)"),
    BIO_LENGTH(Side.LOW, "bio length", "has a short or empty bio (%s characters)", "has a written bio (%s characters)"),
    HAS_PROFILE_PICTURE(Side.ZERO, "profile picture", "has no profile picture", "has a profile picture"),
    IS_PRIVATE(Side.ONE, "private", "is private", "is public"),
    HAS_EXTERNAL_URL(Side.ZERO, "external link", "shows no external link", "shows an external link"),
    USERNAME_LENGTH(Side.NONE, "username length", "has an unusually shaped username length (%s)",
            "has a usual username length (%s)"),
    USERNAME_DIGIT_RATIO(Side.HIGH, "digits in username", "has many digits in its username (%s of characters)",
            "has few digits in its username (%s of characters)"),
    USERNAME_NUMBER_AT_END(Side.ONE, "number at end of username", "ends its username in a number",
            "does not end its username in a number"),
    USERNAME_LOWERCASE_RATIO(Side.NONE, "lower-case letters in username",
            "has an unusual share of lower-case letters in its username (%s)",
            "has a usual share of lower-case letters in its username (%s)"),
    USERNAME_SEPARATORS(Side.NONE, "dots and underscores in username",
            "has an unusual number of dots or underscores (%s)",
            "has a usual number of dots or underscores (%s)"),
    FULLNAME_WORDS(Side.NONE, "words in full name", "shows an unusual full name (%s words)",
            "shows a usual full name (%s words)"),
    FULLNAME_DIGIT_RATIO(Side.HIGH, "digits in full name", "has digits in its full name (%s of characters)",
            "has no digits in its full name (%s of characters)"),
    NAME_EQUALS_USERNAME(Side.ONE, "name equals username", "uses its username as its full name",
            "has a full name different from its username"),
    FOLLOWING_PER_POST(Side.HIGH, "following per post", "follows many accounts for what it posts (%s per post)",
            "follows few accounts for what it posts (%s per post)");

    /**
     * Which values the "towards fake" wording describes: LOW or HIGH against the model's typical value, ZERO or ONE
     * for a yes/no signal, NONE when the wording says "unusual" either way.
     */
    public enum Side { LOW, HIGH, ZERO, ONE, NONE }

    private final Side fakeSide;
    private final String label;
    private final String towardsFake;
    private final String towardsGenuine;

    FakeFeature(Side fakeSide, String label, String towardsFake, String towardsGenuine) {
        this.fakeSide = fakeSide;
        this.label = label;
        this.towardsFake = towardsFake;
        this.towardsGenuine = towardsGenuine;
    }

    public String label() {
        return label;
    }

    /**
     * A short phrase, e.g. "follows many accounts (7,500)", for the direction the feature pushed the score, worded
     * from the value itself where it can be: a model with smooth terms can find 3,000 posts suspicious next to 50
     * followers, and "has posted little (3,000 posts)" would then be false. So the wording follows the side the value
     * lies on (against {@code typical} for counts, 0/1 for yes/no signals), and when the push goes the other way the
     * phrase says the value counts with the account's other signals.
     */
    public String describe(double value, boolean pushesTowardsFake, double typical) {
        Boolean fakeSideValue = onFakeSide(value, typical);
        boolean fakeWording = fakeSideValue == null ? pushesTowardsFake : fakeSideValue;
        String template = fakeWording ? towardsFake : towardsGenuine;
        String phrase = template.contains("%s") ? String.format(Locale.ROOT, template, format(value)) : template;
        if (fakeWording == pushesTowardsFake) {
            return phrase;
        }
        return phrase + ", which with its other signals points towards " + (pushesTowardsFake ? "fake" : "genuine");
    }

    /** Whether the value lies where the "fake" wording applies; null when that cannot be told. */
    private Boolean onFakeSide(double value, double typical) {
        if (Double.isNaN(value)) {
            return null;
        }
        return switch (fakeSide) {
            case ZERO -> value < 0.5;
            case ONE -> value >= 0.5;
            case LOW -> Double.isNaN(typical) ? null : value < typical;
            case HIGH -> Double.isNaN(typical) ? null : value > typical;
            case NONE -> null;
        };
    }

    private String format(double v) {
        if (Double.isNaN(v)) {
            return "unknown";
        }
        if (this == USERNAME_DIGIT_RATIO || this == FULLNAME_DIGIT_RATIO || this == USERNAME_LOWERCASE_RATIO) {
            return Math.round(v * 100) + "%";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}

package dev.creatorwatch.rules.fakefollowers;

import java.util.Locale;

/**
 * The account-level signals the fake-account model may use, all readable from a public profile. A value the page or
 * the data set does not give is NaN; the model sends NaN down a learnt default branch. Each feature says, in plain
 * words, what a value pushing towards "fake" or "genuine" means.
 */
public enum FakeFeature {
    FOLLOWERS("followers", "has few followers (%s)", "has a sizeable following (%s)"),
    FOLLOWING("following", "follows many accounts (%s)", "follows a modest number of accounts (%s)"),
    POSTS("posts", "has posted little (%s posts)", "has a real posting history (%s posts)"),
    FOLLOWING_PER_FOLLOWER("following per follower", "follows far more accounts than follow it (%s per follower)",
            "is followed more than it follows (%s following per follower)"),
    FOLLOWERS_PER_POST("followers per post", "has an unusual followers-to-posts balance (%s per post)",
            "has a usual followers-to-posts balance (%s per post)"),
    BIO_LENGTH("bio length", "has a short or empty bio (%s characters)", "has a written bio (%s characters)"),
    HAS_PROFILE_PICTURE("profile picture", "has no profile picture", "has a profile picture"),
    IS_PRIVATE("private", "is private", "is public"),
    HAS_EXTERNAL_URL("external link", "shows no external link", "shows an external link"),
    USERNAME_LENGTH("username length", "has an unusually shaped username length (%s)", "has a usual username length (%s)"),
    USERNAME_DIGIT_RATIO("digits in username", "has many digits in its username (%s of characters)",
            "has few digits in its username (%s of characters)"),
    USERNAME_NUMBER_AT_END("number at end of username", "ends its username in a number",
            "does not end its username in a number"),
    USERNAME_LOWERCASE_RATIO("lower-case letters in username",
            "has an unusual share of lower-case letters in its username (%s)",
            "has a usual share of lower-case letters in its username (%s)"),
    USERNAME_SEPARATORS("dots and underscores in username", "has an unusual number of dots or underscores (%s)",
            "has a usual number of dots or underscores (%s)"),
    FULLNAME_WORDS("words in full name", "shows an unusual full name (%s words)", "shows a usual full name (%s words)"),
    FULLNAME_DIGIT_RATIO("digits in full name", "has digits in its full name (%s of characters)",
            "has no digits in its full name (%s of characters)"),
    NAME_EQUALS_USERNAME("name equals username", "uses its username as its full name",
            "has a full name different from its username"),
    FOLLOWING_PER_POST("following per post", "follows many accounts for what it posts (%s per post)",
            "follows few accounts for what it posts (%s per post)");

    private final String label;
    private final String towardsFake;
    private final String towardsGenuine;

    FakeFeature(String label, String towardsFake, String towardsGenuine) {
        this.label = label;
        this.towardsFake = towardsFake;
        this.towardsGenuine = towardsGenuine;
    }

    public String label() {
        return label;
    }

    /** A short phrase, e.g. "follows many accounts (7,500)", for the direction the feature pushed the score. */
    public String describe(double value, boolean pushesTowardsFake) {
        String template = pushesTowardsFake ? towardsFake : towardsGenuine;
        return template.contains("%s") ? String.format(Locale.ROOT, template, format(value)) : template;
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

package dev.creatorwatch.rules.fakefollowers;

import dev.creatorwatch.parse.Profile;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns what a profile shows into the model's feature vector (indexed by {@link FakeFeature#ordinal()}). */
public final class AccountFeatures {

    /** Compiled once: String.split compiles a pattern like this one on every call, for every scan. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private AccountFeatures() {
    }

    public static double[] empty() {
        double[] x = new double[FakeFeature.values().length];
        Arrays.fill(x, Double.NaN);
        return x;
    }

    /**
     * Features from a parsed profile. Counts the page did not show stay NaN. A missing avatar URL is NOT read as "no
     * picture": parsers leave it null when the page hides it, so only a present URL counts as a picture.
     */
    public static double[] of(Profile p) {
        double[] x = empty();
        if (p == null) {
            return x;
        }
        set(x, FakeFeature.FOLLOWERS, p.followers());
        set(x, FakeFeature.FOLLOWING, p.following());
        set(x, FakeFeature.POSTS, p.posts());
        if (p.bio() != null) {
            x[FakeFeature.BIO_LENGTH.ordinal()] = p.bio().codePointCount(0, p.bio().length());
        }
        if (p.avatarUrl() != null && !p.avatarUrl().isBlank()) {
            x[FakeFeature.HAS_PROFILE_PICTURE.ordinal()] = 1;
        }
        if (p.privateAccount() != null) {
            x[FakeFeature.IS_PRIVATE.ordinal()] = p.privateAccount() ? 1 : 0;
        }
        if (p.bio() != null || p.externalUrl() != null) {
            x[FakeFeature.HAS_EXTERNAL_URL.ordinal()] = p.externalUrl() != null && !p.externalUrl().isBlank() ? 1 : 0;
        }
        String handle = p.handle() == null ? null : p.handle().strip();
        if (handle != null && !handle.isEmpty()) {
            int len = handle.codePointCount(0, handle.length());
            x[FakeFeature.USERNAME_LENGTH.ordinal()] = len;
            x[FakeFeature.USERNAME_DIGIT_RATIO.ordinal()] = digits(handle) / (double) len;
            x[FakeFeature.USERNAME_NUMBER_AT_END.ordinal()] =
                    Character.isDigit(handle.codePointBefore(handle.length())) ? 1 : 0;
            // SRF's alpha_numeric_ratio: ASCII [a-z] over length
            x[FakeFeature.USERNAME_LOWERCASE_RATIO.ordinal()] =
                    handle.chars().filter(c -> c >= 'a' && c <= 'z').count() / (double) len;
            x[FakeFeature.USERNAME_SEPARATORS.ordinal()] = handle.chars().filter(c -> c == '.' || c == '_').count();
        }
        String name = p.displayName() == null ? null : p.displayName().strip();
        if (name != null) {
            x[FakeFeature.FULLNAME_WORDS.ordinal()] = name.isEmpty() ? 0 : WHITESPACE.split(name).length;
            x[FakeFeature.FULLNAME_DIGIT_RATIO.ordinal()] = name.isEmpty() ? 0
                    : digits(name) / (double) name.codePointCount(0, name.length());
            if (handle != null) {
                x[FakeFeature.NAME_EQUALS_USERNAME.ordinal()] =
                        name.toLowerCase(Locale.ROOT).equals(handle.toLowerCase(Locale.ROOT)) ? 1 : 0;
            }
        }
        derive(x);
        return x;
    }

    /** Fills the ratio features from the counts; call after setting followers, following and posts. */
    public static void derive(double[] x) {
        double followers = x[FakeFeature.FOLLOWERS.ordinal()];
        double following = x[FakeFeature.FOLLOWING.ordinal()];
        double posts = x[FakeFeature.POSTS.ordinal()];
        x[FakeFeature.FOLLOWING_PER_FOLLOWER.ordinal()] = following / Math.max(1.0, followers);
        x[FakeFeature.FOLLOWERS_PER_POST.ordinal()] = followers / Math.max(1.0, posts);
        x[FakeFeature.FOLLOWING_PER_POST.ordinal()] = following / Math.max(1.0, posts);
    }

    public static int digits(String s) {
        return (int) s.codePoints().filter(Character::isDigit).count();
    }

    private static void set(double[] x, FakeFeature f, Long v) {
        if (v != null && v >= 0) {
            x[f.ordinal()] = v;
        }
    }
}

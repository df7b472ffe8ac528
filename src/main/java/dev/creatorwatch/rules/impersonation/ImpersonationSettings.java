package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.rules.RuleDefinitionException;
import dev.creatorwatch.rules.RuleParameters;
import dev.creatorwatch.rules.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;

/**
 * The thresholds and weights of an impersonation rule, read from its {@code parameters:} block. Every number has a
 * default so a rule file only states what it changes; {@link #from} rejects out-of-range values naming the field.
 *
 * @param affixes             words people add around a copied name, with the minimum core they must leave
 * @param oneEditFromLength   cores at least this long may differ by one edit and still be "near"
 * @param twoEditsFromLength  cores at least this long may differ by two edits
 * @param jaroWinklerMin      Jaro–Winkler similarity that also counts as near, for cores of about the same length
 * @param bioCopiedAt         cosine similarity of bio words from which the bio counts as copied
 * @param smallAccountFollowers below this many followers the candidate counts as small
 * @param fewPostsMax         at most this many posts counts as a new account
 * @param alertAt             the weighted score from which a finding is raised
 * @param crossPlatform       compare with protected accounts on other platforms too
 * @param match               what a finding needs: a look-alike handle, or (for accounts whose handle is unrelated) a
 *                            copied display name and bio
 * @param avatarMaxDistance   two profile pictures whose hashes differ in at most this many of 64 bits count as the
 *                            same picture (rescaled or recompressed copies differ in a few bits, other pictures in ~32)
 * @param genericAvatarSharedBy a protected picture that this many other creators' accounts also show is a default or
 *                            stock picture: it is not compared
 * @param sources             which evaluations the rule takes part in: scans of watched accounts and creator checks by
 *                            default; discovery (found or submitted suspects) only when the rule file says so
 */
public record ImpersonationSettings(
        Affixes affixes,
        int oneEditFromLength,
        int twoEditsFromLength,
        double jaroWinklerMin,
        double bioCopiedAt,
        long smallAccountFollowers,
        long fewPostsMax,
        double alertAt,
        Weights weights,
        boolean crossPlatform,
        Match match,
        Set<RuleContext.Source> sources,
        int avatarMaxDistance,
        long genericAvatarSharedBy) {

    /** The two kinds of copy an impersonation rule looks for. */
    public enum Match {
        /** The handle reads like the protected one (the look-alike handle rule). */
        HANDLE,
        /** The handle is unrelated but display name and bio are copied (the profile copy rule). */
        PROFILE
    }

    public static final List<String> DEFAULT_AFFIXES = List.of("official", "offical", "real", "the", "jp", "tv",
            "hq", "support", "help", "shop", "store", "giveaway", "giveaways", "team", "page", "backup", "private",
            "priv", "account", "app", "news", "live", "info");

    /** How much each signal adds to the score (0..1 each; the sum is capped at 1). */
    public record Weights(double sameSkeleton, double sameCore, double nearHandle, double displayNameCopied,
            double bioCopied, double smallAccount, double fewPosts, double unknownLink, double disguisedCharacters,
            double avatarCopied) {

        static final Weights DEFAULT = new Weights(0.8, 0.7, 0.4, 0.3, 0.15, 0.1, 0.05, 0.1, 0.1, 0.15);
    }

    public static ImpersonationSettings defaults() {
        return from(RuleParameters.empty());
    }

    public static ImpersonationSettings from(RuleParameters p) {
        List<String> affixWords = p.has("affixes") ? p.textList("affixes") : DEFAULT_AFFIXES;
        int minCore = (int) range(p, "minCoreLength", 3, 1, 64);
        int oneEdit = (int) range(p, "oneEditFromLength", 5, 2, 64);
        int twoEdits = (int) range(p, "twoEditsFromLength", 9, oneEdit, 64);
        return new ImpersonationSettings(
                new Affixes(affixWords, minCore),
                oneEdit,
                twoEdits,
                range(p, "jaroWinklerMin", 0.95, 0.5, 1),
                range(p, "bioCopiedAt", 0.8, 0.1, 1),
                (long) range(p, "smallAccountFollowers", 1000, 0, 1e12),
                (long) range(p, "fewPostsMax", 12, 0, 1e9),
                range(p, "alertAt", 0.65, 0.05, 1),
                weights(p),
                p.flag("crossPlatform", true),
                match(p),
                sources(p),
                (int) range(p, "avatarMaxDistance", 6, 0, 32),
                (long) range(p, "genericAvatarSharedBy", 5, 1, 1e9));
    }

    private static Set<RuleContext.Source> sources(RuleParameters p) {
        if (!p.has("sources")) {
            return Set.copyOf(EnumSet.of(RuleContext.Source.SCAN, RuleContext.Source.CHECK));
        }
        EnumSet<RuleContext.Source> out = EnumSet.noneOf(RuleContext.Source.class);
        for (String name : p.textList("sources")) {
            try {
                out.add(RuleContext.Source.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new RuleDefinitionException("parameters.sources",
                        "parameters.sources may hold scan, check and discovery, not '" + name + "'");
            }
        }
        if (out.isEmpty()) {
            throw new RuleDefinitionException("parameters.sources", "parameters.sources must name at least one source");
        }
        return Set.copyOf(out);
    }

    private static Match match(RuleParameters p) {
        String v = p.text("match", "handle").strip();
        return switch (v) {
            case "handle" -> Match.HANDLE;
            case "profile" -> Match.PROFILE;
            default -> throw new RuleDefinitionException("parameters.match",
                    "parameters.match must be 'handle' or 'profile', was '" + v + "'");
        };
    }

    private static Weights weights(RuleParameters p) {
        if (!p.has("weights")) {
            return Weights.DEFAULT;
        }
        Map<String, Object> m = p.map("weights");
        RuleParameters w = new RuleParameters(m);
        List<String> known = List.of("sameSkeleton", "sameCore", "nearHandle", "displayNameCopied", "bioCopied",
                "smallAccount", "fewPosts", "unknownLink", "disguisedCharacters", "avatarCopied");
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                throw new RuleDefinitionException("parameters.weights." + k,
                        "parameters.weights." + k + " is not a weight (known: " + String.join(", ", known) + ")");
            }
        }
        Weights d = Weights.DEFAULT;
        return new Weights(
                weight(w, "sameSkeleton", d.sameSkeleton()),
                weight(w, "sameCore", d.sameCore()),
                weight(w, "nearHandle", d.nearHandle()),
                weight(w, "displayNameCopied", d.displayNameCopied()),
                weight(w, "bioCopied", d.bioCopied()),
                weight(w, "smallAccount", d.smallAccount()),
                weight(w, "fewPosts", d.fewPosts()),
                weight(w, "unknownLink", d.unknownLink()),
                weight(w, "disguisedCharacters", d.disguisedCharacters()),
                weight(w, "avatarCopied", d.avatarCopied()));
    }

    private static double weight(RuleParameters w, String name, double dflt) {
        try {
            return range(w, name, dflt, 0, 1);
        } catch (RuleDefinitionException e) {
            throw new RuleDefinitionException("parameters.weights." + name,
                    e.getMessage().replace("parameters.", "parameters.weights."));
        }
    }

    private static double range(RuleParameters p, String name, double dflt, double min, double max) {
        double v = p.number(name, dflt);
        if (Double.isNaN(v) || v < min || v > max) {
            throw new RuleDefinitionException("parameters." + name,
                    "parameters." + name + " must be between " + min + " and " + max + ", was " + v);
        }
        return v;
    }
}

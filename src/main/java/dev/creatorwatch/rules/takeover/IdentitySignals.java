package dev.creatorwatch.rules.takeover;

import dev.creatorwatch.parse.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Changes to who the account says it is: handle, display name, bio, link and verified badge. A field the page did not
 * show (null) on either side is unknown and never counts as a change.
 */
final class IdentitySignals {

    private IdentitySignals() {
    }

    static List<Signal> between(Profile before, Profile after, TakeoverSettings s) {
        List<Signal> out = new ArrayList<>();
        handle(before, after, s, out);
        displayName(before, after, s, out);
        bio(before, after, s, out);
        link(before, after, s, out);
        verified(before, after, s, out);
        return out;
    }

    private static void handle(Profile before, Profile after, TakeoverSettings s, List<Signal> out) {
        String a = handleKey(before.handle());
        String b = handleKey(after.handle());
        if (a == null || b == null || a.equals(b)) {
            return;
        }
        out.add(new Signal("handle", s.handleWeight(), "the handle changed from @" + a + " to @" + b,
                Map.of("before", a, "after", b)));
    }

    private static String handleKey(String handle) {
        if (handle == null || handle.isBlank()) {
            return null;
        }
        return handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    private static void displayName(Profile before, Profile after, TakeoverSettings s, List<Signal> out) {
        if (before.displayName() == null || after.displayName() == null) {
            return;
        }
        double similarity = TextSimilarity.names(before.displayName(), after.displayName());
        if (similarity > s.displayNameMaxSimilarity()) {
            return;
        }
        out.add(new Signal("displayName", s.displayNameWeight(), "the display name changed from '"
                + shorten(before.displayName()) + "' to '" + shorten(after.displayName()) + "'",
                evidence(before.displayName(), after.displayName(), similarity, s.displayNameMaxSimilarity())));
    }

    private static void bio(Profile before, Profile after, TakeoverSettings s, List<Signal> out) {
        if (before.bio() == null || after.bio() == null
                || TextSimilarity.fold(before.bio()).length() < s.bioMinLength()) {
            return;
        }
        double similarity = TextSimilarity.texts(before.bio(), after.bio());
        if (similarity > s.bioMaxSimilarity()) {
            return;
        }
        out.add(new Signal("bio", s.bioWeight(), "the bio was rewritten (" + percent(similarity) + " similar)",
                evidence(before.bio(), after.bio(), similarity, s.bioMaxSimilarity())));
    }

    private static void link(Profile before, Profile after, TakeoverSettings s, List<Signal> out) {
        LinkTarget a = LinkTarget.of(before.externalUrl());
        LinkTarget b = LinkTarget.of(after.externalUrl());
        if (a == null || b == null || a.domain().equals(b.domain())) {
            return;
        }
        String suspiciousWord = s.suspiciousWords().stream().filter(w -> mentions(b.words(), w)).findFirst()
                .orElse(null);
        boolean shortener = s.shortenerDomains().contains(b.domain());
        double weight = s.linkWeight();
        String where = b.display();
        if (shortener) {
            weight = Math.max(weight, s.linkShortenerWeight());
            where = "the link shortener " + b.display() + " (destination hidden)";
        }
        if (suspiciousWord != null) {
            weight = Math.max(weight, s.linkSuspiciousWeight());
            where = "a page that looks like a " + suspiciousWord + " offer, " + b.display();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("before", before.externalUrl());
        evidence.put("after", after.externalUrl());
        evidence.put("domainBefore", a.domain());
        evidence.put("domainAfter", b.domain());
        evidence.put("shortener", shortener);
        if (suspiciousWord != null) {
            evidence.put("suspiciousWord", suspiciousWord);
        }
        out.add(new Signal("link", weight, "the link moved from " + a.domain() + " to " + where, evidence));
    }

    /** Long words may hide inside compounds ("cryptosignals.io"); short ones ("eth") only count as whole words. */
    private static boolean mentions(String linkWords, String word) {
        if (word.length() >= 5) {
            return linkWords.contains(word);
        }
        for (String token : linkWords.split("[^\\p{L}\\p{N}]+")) {
            if (token.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static void verified(Profile before, Profile after, TakeoverSettings s, List<Signal> out) {
        if (Boolean.TRUE.equals(before.verified()) && Boolean.FALSE.equals(after.verified())) {
            out.add(new Signal("verifiedLost", s.verifiedLostWeight(), "the verified badge disappeared",
                    Map.of("before", true, "after", false)));
        }
    }

    private static Map<String, Object> evidence(String before, String after, double similarity, double threshold) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("before", before);
        e.put("after", after);
        e.put("similarity", Math.round(similarity * 100) / 100.0);
        e.put("maxSimilarity", threshold);
        return e;
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}

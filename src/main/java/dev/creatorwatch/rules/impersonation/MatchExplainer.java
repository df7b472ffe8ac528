package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.rules.ProtectedIdentity;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a {@link LookalikeMatch} into the sentence a marketer reads and the evidence an analyst checks. */
final class MatchExplainer {

    private MatchExplainer() {
    }

    static String reason(CandidateAccount c, LookalikeMatch m) {
        ProtectedIdentity p = m.target();
        StringBuilder b = new StringBuilder();
        b.append('@').append(printable(c.handle())).append(" looks like protected account ")
                .append(printable(p.creatorName())).append("'s @").append(printable(p.handle()));
        if (p.platform() != null && p.platform() != c.platform()) {
            b.append(" on ").append(p.platform().id());
        }
        b.append(": ").append(String.join("; ", parts(c, m))).append('.');
        return b.toString();
    }

    private static List<String> parts(CandidateAccount c, LookalikeMatch m) {
        List<String> parts = new ArrayList<>();
        parts.add(handlePart(c, m));
        if (m.displayNameCopied()) {
            boolean identical = IdentityText.fold(c.displayName()).equals(IdentityText.fold(m.target().displayName()));
            parts.add(identical ? "display name identical"
                    : "display name copied as '" + printable(c.displayName()) + "'");
        }
        if (m.bioCopied()) {
            parts.add(String.format(Locale.ROOT, "bio copied (%.0f%% word similarity)", 100 * m.bioSimilarity()));
        }
        if (m.avatarCopied()) {
            // "Near copy" even at 0 bits: equal perceptual hashes mean the same picture to the eye, not the same file.
            parts.add("profile picture is a near copy of @" + printable(m.target().handle()) + "'s ("
                    + m.avatarDistance() + " of 64 bits differ)");
        }
        List<String> facts = new ArrayList<>();
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        if (c.followers() != null) {
            facts.add(n.format(c.followers()) + (c.followers() == 1 ? " follower" : " followers")
                    + (m.smallAccount() ? " (small)" : ""));
        }
        if (c.posts() != null && m.fewPosts()) {
            facts.add("only " + n.format(c.posts()) + (c.posts() == 1 ? " post" : " posts"));
        }
        if (m.unknownLinkHost() != null) {
            facts.add("links to unknown site " + m.unknownLinkHost());
        }
        if (!facts.isEmpty()) {
            parts.add("account has " + String.join(", ", facts));
        }
        return parts;
    }

    private static String handlePart(CandidateAccount c, LookalikeMatch m) {
        List<String> how = new ArrayList<>();
        if (!m.invisibleCharacters().isEmpty()) {
            how.add("hidden characters " + String.join(", ", m.invisibleCharacters()));
        }
        if (!m.scriptMix().isEmpty()) {
            how.add("mixes " + String.join(" and ", m.scriptMix()) + " letters");
        }
        List<String> foreign = IdentityText.nonAsciiCharacters(c.handle());
        if (!foreign.isEmpty() && !IdentityText.fold(c.handle()).equals(IdentityText.fold(m.target().handle()))) {
            how.add("look-alike characters " + String.join(", ", foreign));
        }
        return switch (m.handle()) {
            case SAME_SKELETON -> {
                Set<String> seps = separatorsAdded(c.handle(), m.target().handle());
                if (!seps.isEmpty()) {
                    how.add("separators " + quoted(seps) + " added");
                }
                Set<String> digits = digitsAdded(c.handle(), m.target().handle());
                if (!digits.isEmpty()) {
                    how.add("digits " + quoted(digits) + " used as letters");
                }
                yield how.isEmpty() ? "handle reads the same" : "handle reads the same apart from " + String.join(", ", how);
            }
            case SAME_CORE -> {
                Set<String> removed = new LinkedHashSet<>(m.candidateKeys().handleRemoved());
                removed.addAll(separatorsAdded(c.handle(), m.target().handle()));
                String base = "same name after removing " + (removed.isEmpty() ? "added words" : quoted(removed));
                yield how.isEmpty() ? base : base + ", with " + String.join(", ", how);
            }
            case NEAR -> {
                String base = m.editDistance() > 0
                        ? "handle is " + m.editDistance() + (m.editDistance() == 1 ? " typo" : " typos") + " away"
                        : String.format(Locale.ROOT, "handle nearly the same (Jaro-Winkler %.2f)", m.jaroWinkler());
                yield how.isEmpty() ? base : base + ", with " + String.join(", ", how);
            }
            case NONE -> "different handle, but the profile is copied";
        };
    }

    static Map<String, Object> evidence(CandidateAccount c, LookalikeMatch m, ImpersonationSettings s) {
        Map<String, Object> e = new LinkedHashMap<>();
        ProtectedIdentity p = m.target();
        e.put("protectedCreatorId", p.creatorId());
        e.put("protectedAccountId", p.accountId());
        e.put("protectedPlatform", p.platform() == null ? null : p.platform().id());
        e.put("protectedHandle", p.handle());
        e.put("protectedDisplayName", p.displayName());
        e.put("candidateHandle", c.handle());
        e.put("candidateDisplayName", c.displayName());
        e.put("handleLikeness", m.handle().name());
        e.put("candidateSkeleton", m.candidateKeys().handleSkeleton());
        e.put("protectedSkeleton", m.targetKeys().handleSkeleton());
        e.put("candidateCore", m.candidateKeys().handleCore());
        e.put("protectedCore", m.targetKeys().handleCore());
        e.put("removedAffixes", m.candidateKeys().handleRemoved());
        e.put("editDistance", m.editDistance());
        e.put("jaroWinkler", round(m.jaroWinkler()));
        e.put("displayNameCopied", m.displayNameCopied());
        e.put("bioSimilarity", round(m.bioSimilarity()));
        e.put("followers", c.followers());
        e.put("posts", c.posts());
        e.put("smallAccountBelowFollowers", s.smallAccountFollowers());
        e.put("unknownLinkHost", m.unknownLinkHost());
        e.put("invisibleCharacters", m.invisibleCharacters());
        e.put("scriptMix", m.scriptMix());
        e.put("candidateAvatarHash", c.avatar() == null ? null : c.avatar().hex());
        e.put("protectedAvatarHash", p.avatar() == null ? null : p.avatar().hex());
        e.put("avatarDistance", m.avatarDistance());
        e.put("avatarMaxDistance", s.avatarMaxDistance());
        e.put("avatarCopied", m.avatarCopied());
        if (m.avatarNotCompared() != null) {
            e.put("avatarNotCompared", m.avatarNotCompared());
        }
        e.put("score", round(m.score()));
        e.put("alertAt", s.alertAt());
        return e;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Set<String> separatorsAdded(String candidate, String target) {
        Set<String> targetChars = chars(IdentityText.fold(target));
        Set<String> added = new LinkedHashSet<>();
        for (String ch : chars(IdentityText.fold(candidate))) {
            int cp = ch.codePointAt(0);
            if (!Character.isLetterOrDigit(cp) && !targetChars.contains(ch)) {
                added.add(ch);
            }
        }
        return added;
    }

    private static Set<String> digitsAdded(String candidate, String target) {
        Set<String> targetChars = chars(IdentityText.fold(target));
        Set<String> added = new LinkedHashSet<>();
        for (String ch : chars(IdentityText.fold(candidate))) {
            if (Character.isDigit(ch.codePointAt(0)) && !targetChars.contains(ch)) {
                added.add(ch);
            }
        }
        return added;
    }

    private static Set<String> chars(String s) {
        Set<String> out = new LinkedHashSet<>();
        s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }

    private static String quoted(Set<String> items) {
        List<String> q = items.stream().map(i -> "'" + i + "'").toList();
        if (q.size() <= 1) {
            return String.join("", q);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }

    /** Hidden characters are stripped and length bounded, so a reason can never carry an RTL override or a novel. */
    static String printable(String s) {
        if (s == null) {
            return "?";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .limit(80).forEach(b::appendCodePoint);
        return b.toString();
    }
}

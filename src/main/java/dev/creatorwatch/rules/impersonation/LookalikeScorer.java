package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.rules.ProtectedIdentity;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Scores a candidate account against a protected identity. A finding needs a handle that reads the same as the
 * protected one (same skeleton or same core); a handle that is only near (a typo away) also needs a copied display
 * name, because near handles are most often just other people with similar names (Yuka and Yuna). Account facts (few
 * followers, few posts, a link to an unknown site, hidden or mixed-script characters) only add weight, and so does a
 * profile picture within a few bits of the protected one's. A copied picture never makes a finding on its own: the
 * same picture on an unrelated name is a shared logo or stock photo as often as a copy.
 */
public final class LookalikeScorer {

    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final CosineSimilarity COSINE = new CosineSimilarity();
    private static final int MIN_BIO_WORDS = 3;

    private final ImpersonationSettings settings;

    public LookalikeScorer(ImpersonationSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public ImpersonationSettings settings() {
        return settings;
    }

    public IdentityKeys keys(String handle, String displayName, String bio) {
        return IdentityKeys.of(handle, displayName, bio, settings.affixes());
    }

    public IdentityKeys keys(ProtectedIdentity p) {
        return keys(p.handle(), p.displayName(), p.bio());
    }

    /** True when the candidate is the protected account itself or belongs to the same creator. */
    public static boolean isSelf(CandidateAccount c, ProtectedIdentity p) {
        if (c.creatorId() != null && c.creatorId().equals(p.creatorId())) {
            return true;
        }
        if (c.accountId() != null && c.accountId().equals(p.accountId())) {
            return true;
        }
        // Raw comparison on purpose: a handle with a hidden character is another account, not this one.
        return c.platform() == p.platform() && c.handle() != null && p.handle() != null
                && plainHandle(c.handle()).equals(plainHandle(p.handle()));
    }

    private static String plainHandle(String handle) {
        String h = handle.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("@") ? h.substring(1) : h;
    }

    /**
     * The cheap part of {@link #score}: whether the handle and display name alone allow a finding. Account facts only
     * add weight, so a pair failing this never alerts; scans use it to skip the rest.
     */
    public boolean canAlert(IdentityKeys ck, IdentityKeys pk) {
        if (settings.match() == ImpersonationSettings.Match.HANDLE
                && (ck.handleSkeleton().isEmpty() || pk.handleSkeleton().isEmpty())) {
            return false;
        }
        if (settings.match() == ImpersonationSettings.Match.PROFILE) {
            // The profile rule covers what the handle rule cannot: a copied name on an unrelated handle.
            return displayCopied(ck, pk) && !sameSkeletonOrCore(ck, pk);
        }
        if (sameSkeletonOrCore(ck, pk)) {
            return true;
        }
        // A near handle needs the display name too; checking the name first skips the edit distances for almost
        // every pair.
        return displayCopied(ck, pk) && handleLikeness(ck, pk) == HandleLikeness.NEAR;
    }

    private boolean sameSkeletonOrCore(IdentityKeys ck, IdentityKeys pk) {
        int minCore = settings.affixes().minCoreLength();
        return ck.handleSkeleton().equals(pk.handleSkeleton())
                || sameCore(ck.handleCore(), pk.handleCore(), minCore)
                || sameCore(ck.handleCore(), pk.handleSkeleton(), minCore)
                || sameCore(ck.handleSkeleton(), pk.handleCore(), minCore);
    }

    private HandleLikeness handleLikeness(IdentityKeys ck, IdentityKeys pk) {
        if (ck.handleSkeleton().isEmpty() || pk.handleSkeleton().isEmpty()) {
            return HandleLikeness.NONE;
        }
        return likeness(ck, pk, closestDistance(ck, pk), bestJaroWinkler(ck, pk));
    }

    private static boolean handleAllowsFinding(HandleLikeness handle, boolean displayCopied) {
        return handle == HandleLikeness.SAME_SKELETON || handle == HandleLikeness.SAME_CORE
                || (handle == HandleLikeness.NEAR && displayCopied);
    }

    public LookalikeMatch score(CandidateAccount c, IdentityKeys ck, ProtectedIdentity p, IdentityKeys pk) {
        HandleLikeness handle = HandleLikeness.NONE;
        int distance = -1;
        double jw = 0;
        if (!ck.handleSkeleton().isEmpty() && !pk.handleSkeleton().isEmpty()) {
            distance = closestDistance(ck, pk);
            jw = bestJaroWinkler(ck, pk);
            handle = likeness(ck, pk, distance, jw);
        }
        boolean displayCopied = displayCopied(ck, pk);
        double bioSimilarity = ck.bioTerms().size() >= MIN_BIO_WORDS && pk.bioTerms().size() >= MIN_BIO_WORDS
                ? COSINE.cosineSimilarity(ck.bioTerms(), pk.bioTerms()) : 0;
        boolean bioCopied = bioSimilarity >= settings.bioCopiedAt();
        boolean small = c.followers() != null && c.followers() < settings.smallAccountFollowers();
        boolean fewPosts = c.posts() != null && c.posts() <= settings.fewPostsMax();
        String unknownHost = unknownLinkHost(c.externalUrl(), p.externalUrl());
        List<String> invisible = IdentityText.invisibleCharacters(c.handle());
        List<String> invisibleInName = IdentityText.invisibleCharacters(c.displayName());
        if (!invisibleInName.isEmpty()) {
            invisible = new ArrayList<>(invisible);
            invisible.addAll(invisibleInName);
        }
        List<String> scriptMix = IdentityText.suspiciousScriptMix(c.handle());
        int avatarDistance = -1;
        String avatarNotCompared = null;
        if (c.avatar() != null && p.avatar() != null) {
            if (p.avatarSharedBy() >= settings.genericAvatarSharedBy()) {
                avatarNotCompared = "the protected picture is shown by " + p.avatarSharedBy()
                        + " other creators' accounts too (a default or stock picture)";
            } else {
                avatarDistance = c.avatar().distance(p.avatar());
            }
        }
        boolean avatarCopied = avatarDistance >= 0 && avatarDistance <= settings.avatarMaxDistance();

        ImpersonationSettings.Weights w = settings.weights();
        double score = switch (handle) {
            case SAME_SKELETON -> w.sameSkeleton();
            case SAME_CORE -> w.sameCore();
            case NEAR -> w.nearHandle();
            case NONE -> 0;
        };
        score += (displayCopied ? w.displayNameCopied() : 0) + (bioCopied ? w.bioCopied() : 0)
                + (small ? w.smallAccount() : 0) + (fewPosts ? w.fewPosts() : 0)
                + (unknownHost != null ? w.unknownLink() : 0)
                + (!invisible.isEmpty() || !scriptMix.isEmpty() ? w.disguisedCharacters() : 0)
                + (avatarCopied ? w.avatarCopied() : 0);
        score = Math.min(1, score);
        boolean copy = switch (settings.match()) {
            case HANDLE -> handleAllowsFinding(handle, displayCopied);
            // A copied picture can stand in for the copied bio, never for the name: the same picture on an unrelated
            // name is too often a shared logo, a stock photo or a group picture.
            case PROFILE -> !handleAllowsFinding(handle, displayCopied) && displayCopied && (bioCopied || avatarCopied);
        };
        boolean alert = copy && score >= settings.alertAt() && !isSelf(c, p);
        return new LookalikeMatch(p, ck, pk, handle, distance, jw, displayCopied, bioSimilarity, bioCopied, small,
                fewPosts, unknownHost, List.copyOf(invisible), scriptMix, avatarDistance, avatarCopied, avatarNotCompared,
                score, alert);
    }

    private HandleLikeness likeness(IdentityKeys ck, IdentityKeys pk, int distance, double jw) {
        if (ck.handleSkeleton().equals(pk.handleSkeleton())) {
            return HandleLikeness.SAME_SKELETON;
        }
        if (sameSkeletonOrCore(ck, pk)) {
            return HandleLikeness.SAME_CORE;
        }
        int length = Math.min(ck.handleCore().length(), pk.handleCore().length());
        int allowed = length >= settings.twoEditsFromLength() ? 2 : length >= settings.oneEditFromLength() ? 1 : 0;
        if (distance >= 0 && distance <= allowed) {
            return HandleLikeness.NEAR;
        }
        boolean sameLength = Math.abs(ck.handleCore().length() - pk.handleCore().length()) <= 1;
        if (length >= settings.oneEditFromLength() && sameLength && jw >= settings.jaroWinklerMin()) {
            return HandleLikeness.NEAR;
        }
        return HandleLikeness.NONE;
    }

    private static boolean sameCore(String a, String b, int minCore) {
        return a.length() >= minCore && a.equals(b);
    }

    /** Levenshtein between the cores (and the full skeletons), -1 when every pair is more than two edits apart. */
    private static int closestDistance(IdentityKeys ck, IdentityKeys pk) {
        int best = -1;
        for (int d : new int[] {TWO_EDITS.apply(ck.handleCore(), pk.handleCore()),
                TWO_EDITS.apply(ck.handleSkeleton(), pk.handleSkeleton())}) {
            if (d >= 0 && (best < 0 || d < best)) {
                best = d;
            }
        }
        return best;
    }

    private static double bestJaroWinkler(IdentityKeys ck, IdentityKeys pk) {
        return JARO_WINKLER.apply(ck.handleCore(), pk.handleCore());
    }

    /** Same display name once affix words, separators, look-alikes and word order are ignored. */
    static boolean displayCopied(IdentityKeys ck, IdentityKeys pk) {
        if (ck.displayCore().length() < 2) {
            return false;
        }
        return ck.displayCore().equals(pk.displayCore()) || ck.displayWords().equals(pk.displayWords())
                || ck.displayCore().equals(pk.handleCore());
    }

    private static String unknownLinkHost(String candidateUrl, String protectedUrl) {
        String host = host(candidateUrl);
        if (host == null) {
            return null;
        }
        String own = host(protectedUrl);
        if (own != null && (host.equals(own) || host.endsWith("." + own) || own.endsWith("." + host))) {
            return null;
        }
        URI uri = parse(candidateUrl);
        return uri != null && Platform.ofUrl(uri) != Platform.WEB ? null : host;
    }

    private static String host(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return null;
        }
        String h = uri.getHost().toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            return null;
        }
        String u = url.trim();
        try {
            return URI.create(u.contains("://") ? u : "https://" + u);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.rules.ProtectedIdentity;
import java.util.List;

/**
 * The comparison of one candidate with one protected identity: every signal, the score and whether it alerts.
 *
 * @param editDistance Levenshtein distance between the closest skeleton forms, -1 when above two edits
 * @param unknownLinkHost the candidate's link host when it is neither the protected identity's site nor a platform
 * @param avatarDistance bits (of 64) in which the two profile pictures' hashes differ; -1 when they were not compared
 * @param avatarCopied   the distance is within the rule's {@code avatarMaxDistance}
 * @param avatarNotCompared why the pictures were not compared when both exist (a default picture), else null
 */
public record LookalikeMatch(
        ProtectedIdentity target,
        IdentityKeys candidateKeys,
        IdentityKeys targetKeys,
        HandleLikeness handle,
        int editDistance,
        double jaroWinkler,
        boolean displayNameCopied,
        double bioSimilarity,
        boolean bioCopied,
        boolean smallAccount,
        boolean fewPosts,
        String unknownLinkHost,
        List<String> invisibleCharacters,
        List<String> scriptMix,
        int avatarDistance,
        boolean avatarCopied,
        String avatarNotCompared,
        double score,
        boolean alert) {

    public boolean disguised() {
        return !invisibleCharacters.isEmpty() || !scriptMix.isEmpty();
    }
}

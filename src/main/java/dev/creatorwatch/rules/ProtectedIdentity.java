package dev.creatorwatch.rules;

import dev.creatorwatch.creator.Platform;

/** An account of a protected creator or brand, whose identity impersonators imitate. */
public record ProtectedIdentity(
        Long creatorId,
        String creatorName,
        Long accountId,
        Platform platform,
        String handle,
        String displayName,
        String bio,
        String externalUrl) {
}

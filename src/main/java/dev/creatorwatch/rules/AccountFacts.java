package dev.creatorwatch.rules;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.creator.Tier;

/** Who a snapshot belongs to, as rules see it: plain values, no persistence. */
public record AccountFacts(
        Long accountId,
        Long creatorId,
        String creatorName,
        boolean creatorProtected,
        Platform platform,
        String handle,
        String profileUrl,
        Tier tier) {
}

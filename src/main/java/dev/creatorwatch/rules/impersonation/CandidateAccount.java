package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.rules.AvatarHash;
import dev.creatorwatch.rules.RuleContext;

/**
 * The account checked for impersonation, as far as matching needs it. Counts are null when the page hid them; the
 * avatar hash is null when its picture was not read or carries nothing to compare.
 */
public record CandidateAccount(
        Platform platform,
        Long creatorId,
        Long accountId,
        String handle,
        String displayName,
        String bio,
        String externalUrl,
        Long followers,
        Long posts,
        AvatarHash avatar) {

    /** Without a profile picture. */
    public CandidateAccount(Platform platform, Long creatorId, Long accountId, String handle, String displayName,
            String bio, String externalUrl, Long followers, Long posts) {
        this(platform, creatorId, accountId, handle, displayName, bio, externalUrl, followers, posts, null);
    }

    public static CandidateAccount of(Platform platform, String handle, String displayName) {
        return new CandidateAccount(platform, null, null, handle, displayName, null, null, null, null, null);
    }

    /** The snapshot's profile, with the account's known handle when the page did not show one. */
    public static CandidateAccount from(RuleContext context) {
        Profile p = context.current().profile();
        String handle = p.handle() != null && !p.handle().isBlank() ? p.handle() : context.account().handle();
        return new CandidateAccount(context.account().platform(), context.account().creatorId(),
                context.account().accountId(), handle, p.displayName(), p.bio(), p.externalUrl(), p.followers(),
                p.posts(), context.avatar());
    }
}

package dev.creatorwatch.rules;

import dev.creatorwatch.creator.Platform;

/**
 * An account of a protected creator or brand, whose identity impersonators imitate.
 *
 * @param avatar         the perceptual hash of its profile picture, when one was read
 * @param avatarSharedBy how many other creators' stored pictures are within a few bits of {@code avatar}: a picture
 *                       many unrelated accounts show is a default or stock image, not evidence of a copy
 */
public record ProtectedIdentity(
        Long creatorId,
        String creatorName,
        Long accountId,
        Platform platform,
        String handle,
        String displayName,
        String bio,
        String externalUrl,
        AvatarHash avatar,
        int avatarSharedBy) {

    /** Without a profile picture. */
    public ProtectedIdentity(Long creatorId, String creatorName, Long accountId, Platform platform, String handle,
            String displayName, String bio, String externalUrl) {
        this(creatorId, creatorName, accountId, platform, handle, displayName, bio, externalUrl, null, 0);
    }

    public ProtectedIdentity withAvatar(AvatarHash hash, int sharedBy) {
        return new ProtectedIdentity(creatorId, creatorName, accountId, platform, handle, displayName, bio, externalUrl,
                hash, sharedBy);
    }
}

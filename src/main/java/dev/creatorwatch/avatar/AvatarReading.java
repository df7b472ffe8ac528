package dev.creatorwatch.avatar;

import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.rules.AvatarHash;

/**
 * What reading one avatar gave. {@code hash} is set only for {@link AvatarStatus#HASHED}: a failure never yields a
 * hash, so it can never be mistaken for evidence.
 *
 * @param url          the absolute URL read (null when the profile's value was not a fetchable URL)
 * @param fetchOutcome how the fetch ended; null when nothing was fetched
 * @param detail       why there is no hash, in words (null when hashed)
 */
public record AvatarReading(AvatarStatus status, AvatarHash hash, String url, FetchOutcome fetchOutcome,
        String detail) {

    public AvatarReading {
        if ((status == AvatarStatus.HASHED) != (hash != null)) {
            throw new IllegalArgumentException("a hash goes with HASHED and only with it");
        }
    }

    static AvatarReading hashed(String url, AvatarHash hash) {
        return new AvatarReading(AvatarStatus.HASHED, hash, url, FetchOutcome.OK, null);
    }

    static AvatarReading none(AvatarStatus status, String url, FetchOutcome fetchOutcome, String detail) {
        return new AvatarReading(status, null, url, fetchOutcome, detail);
    }
}

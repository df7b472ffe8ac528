package dev.creatorwatch.audience;

import java.util.List;

/**
 * What reading an account's public follower list gave: the followers read (newest first), or why none could be.
 * {@code unavailable} is a plain sentence for the report when no list could be read.
 */
public record FollowerListing(List<SampledFollower> followers, String unavailable) {

    public FollowerListing {
        followers = followers == null ? List.of() : List.copyOf(followers);
    }

    public static FollowerListing unavailable(String why) {
        return new FollowerListing(List.of(), why);
    }

    public boolean available() {
        return unavailable == null;
    }
}

package dev.creatorwatch.audience;

import dev.creatorwatch.parse.Profile;

/** One follower read from a public follower list: its public profile and where it lives. */
public record SampledFollower(String id, String url, Profile profile) {
}

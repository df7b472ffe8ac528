package dev.creatorwatch.rules;

import dev.creatorwatch.parse.Profile;
import java.time.Instant;

/** One good snapshot as rules see it. */
public record Observation(Long snapshotId, Instant at, Profile profile) {
}

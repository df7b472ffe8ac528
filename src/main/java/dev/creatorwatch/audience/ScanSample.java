package dev.creatorwatch.audience;

import dev.creatorwatch.rules.fakefollowers.FollowerSample;

/**
 * The follower sample of one scan: what its rules read (null when there is none or none was possible), and the new
 * record the scan stores in its own transaction (null when no sample was due).
 */
public record ScanSample(FollowerSample forRules, FollowerSampleRecord toStore) {
}

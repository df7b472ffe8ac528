package dev.creatorwatch.audience;

import dev.creatorwatch.rules.fakefollowers.FollowerSample;
import java.time.Instant;

/**
 * An account's newest follower sample record as a scan finds it when the account is claimed: when it was made (null
 * when there is none) and the sample it holds for the rules (null when there is none or none was possible). The scan
 * decides from it whether to sample again, so it needs no transaction of its own to find out.
 */
public record SampleStatus(Instant latestAt, FollowerSample latest) {

    public static final SampleStatus NONE = new SampleStatus(null, null);
}

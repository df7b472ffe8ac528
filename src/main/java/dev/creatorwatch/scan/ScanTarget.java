package dev.creatorwatch.scan;

import dev.creatorwatch.audience.SampleStatus;
import dev.creatorwatch.avatar.StoredAvatar;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchRequest;
import dev.creatorwatch.snapshot.SnapshotRepository.Validators;
import java.net.URI;

/**
 * What a scan needs before it fetches: the account and its creator, its page, the validators of its latest good
 * snapshot (for a conditional request), its newest follower sample (whether to sample again, and what the rules read
 * if not) and its stored picture (null when none: whether to fetch the picture, and the hash the rules compare if
 * not). Read when the account is claimed, so the scan itself starts with the fetch and needs no transaction before it.
 */
public record ScanTarget(long accountId, long creatorId, Platform platform, String handle, String url,
        Validators validators, SampleStatus followers, StoredAvatar avatar) {

    FetchRequest request() {
        return new FetchRequest(URI.create(url), validators.etag(), validators.lastModified());
    }
}

package dev.creatorwatch.scan;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchRequest;
import dev.creatorwatch.snapshot.SnapshotRepository.Validators;
import java.net.URI;

/**
 * What a scan needs before it fetches: the account, its page and the validators of its latest good snapshot (for a
 * conditional request). Read when the account is claimed, so the scan itself starts with the fetch.
 */
public record ScanTarget(long accountId, Platform platform, String url, Validators validators) {

    FetchRequest request() {
        return new FetchRequest(URI.create(url), validators.etag(), validators.lastModified());
    }
}

package dev.creatorwatch.scan;

import dev.creatorwatch.fetch.FetchOutcome;

/** What one scan of one account came to. {@code outcome} is null when the account no longer exists. */
public record ScanReport(long accountId, FetchOutcome outcome, Long snapshotId, int alertsOpened, String error) {

    static ScanReport gone(long accountId) {
        return new ScanReport(accountId, null, null, 0, "account was removed before the scan finished");
    }
}

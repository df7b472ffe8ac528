package dev.creatorwatch.avatar;

import java.time.Instant;

/**
 * What is stored about an account's picture, as a scan reads it with the claim: which picture (its URL key), its
 * hash (null when it could not be read) and when a passing failure may be retried (null when it is not retried).
 * With it the scan decides whether to fetch the picture, and finds the hash its rules compare, without reading the
 * row again.
 */
public record StoredAvatar(String urlKey, Long hash, Instant retryAt) {

    static StoredAvatar of(AccountAvatar row) {
        return new StoredAvatar(row.urlKey, row.hash, row.retryAt);
    }
}

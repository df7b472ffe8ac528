package dev.creatorwatch.creator;

/**
 * Fired (after commit) when a creator, its accounts or its allowlist changed, so caches of protected identities on
 * this instance refresh at once. Other instances notice through the database fingerprint the caches check.
 */
public record CreatorsChanged(Long creatorId) {
}

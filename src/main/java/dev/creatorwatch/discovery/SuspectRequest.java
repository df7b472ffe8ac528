package dev.creatorwatch.discovery;

/**
 * A profile a user suspects of impersonation.
 *
 * @param url       the profile's public URL (http or https, public address)
 * @param creatorId optionally, the protected creator or brand to compare with; every protected identity when absent
 */
public record SuspectRequest(String url, Long creatorId) {
}

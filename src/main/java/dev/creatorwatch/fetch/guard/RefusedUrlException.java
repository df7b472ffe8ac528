package dev.creatorwatch.fetch.guard;

/**
 * A URL we will not fetch: wrong scheme, credentials in it, an odd numeric host, or a host that is (or resolves to)
 * a loopback, private, link-local, metadata or otherwise non-public address. The message is safe to show to the user
 * who submitted the URL.
 */
public class RefusedUrlException extends RuntimeException {

    public RefusedUrlException(String message) {
        super(message);
    }
}

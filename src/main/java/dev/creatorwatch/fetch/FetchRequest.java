package dev.creatorwatch.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One page to fetch. {@code etag} and {@code lastModified} come from the previous good fetch of the same page (both
 * may be null) and make the request conditional, so an unchanged page costs a 304 instead of a body.
 */
public record FetchRequest(URI url, String etag, String lastModified) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }

    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null);
    }

    public static FetchRequest of(String url) {
        return of(URI.create(url));
    }
}

package dev.creatorwatch.fetch.http;

import java.io.IOException;

/** The body (on the wire or after decompression) went over the configured cap; reading stopped there. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(String message) {
        super(message);
    }
}

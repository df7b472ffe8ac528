package dev.creatorwatch.fetch.charset;

/** The body is not text we can decode (binary content, or a media type that is not a page). */
public class UndecodableBodyException extends Exception {

    public UndecodableBodyException(String message) {
        super(message);
    }
}

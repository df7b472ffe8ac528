package dev.creatorwatch.fetch.http;

import java.net.URI;
import java.net.http.HttpHeaders;

/** One HTTP exchange (no redirect followed): status, headers, decompressed body and the bytes that crossed the wire. */
public record HopResponse(int status, URI uri, HttpHeaders headers, byte[] body, long wireBytes) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}

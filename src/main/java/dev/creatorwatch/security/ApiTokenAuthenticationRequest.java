package dev.creatorwatch.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer API token presented with a request. */
public class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiTokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}

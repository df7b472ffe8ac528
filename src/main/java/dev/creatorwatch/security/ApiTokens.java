package dev.creatorwatch.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Generating and hashing API tokens. */
public final class ApiTokens {

    /** The identity attribute holding the id of the token a request signed in with; absent for a password. */
    public static final String TOKEN_ID_ATTRIBUTE = "apiTokenId";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    /** 256 random bits, URL-safe, with a recognizable prefix (so secret scanners can find leaked ones). */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "crm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

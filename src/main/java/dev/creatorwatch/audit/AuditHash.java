package dev.creatorwatch.audit;

import dev.creatorwatch.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * SHA-256 over the previous hash and the row's canonical content. The content is a JSON array of the fields in a
 * fixed order (seq first), so no two different rows share an encoding and field boundaries cannot be shifted.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String prevHash, long seq, Instant at, String actor, String entityType, String entityId,
            String action, String before, String after) {
        String canonical = Json.write(Arrays.asList(seq, at.toString(), actor, entityType, entityId, action, before,
                after));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

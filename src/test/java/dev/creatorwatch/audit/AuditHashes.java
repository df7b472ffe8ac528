package dev.creatorwatch.audit;

import java.time.Instant;

/** The audit chain's hash for test code outside this package that writes audit rows directly (bulk loads). */
public final class AuditHashes {

    public static final String GENESIS = AuditHash.GENESIS;

    private AuditHashes() {
    }

    public static String of(String prevHash, long seq, Instant at, String actor, String entityType, String entityId,
            String action, String before, String after) {
        return AuditHash.of(prevHash, seq, at, actor, entityType, entityId, action, before, after);
    }
}

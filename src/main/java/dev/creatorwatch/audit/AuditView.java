package dev.creatorwatch.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.creatorwatch.json.Json;
import java.io.UncheckedIOException;
import java.time.Instant;

/** An audit row as the API shows it; before and after are the stored JSON, embedded as JSON. */
public record AuditView(long seq, Instant at, String actor, String entityType, String entityId, String action,
        JsonNode before, JsonNode after, String hash) {

    public static AuditView of(AuditEntry e) {
        return new AuditView(e.seq(), e.at(), e.actor(), e.entityType(), e.entityId(), e.action(), tree(e.before()),
                tree(e.after()), e.hash());
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | UncheckedIOException e) {
            // A tampered row may no longer be JSON; show it as text rather than failing the listing.
            return Json.MAPPER.getNodeFactory().textNode(json);
        }
    }
}

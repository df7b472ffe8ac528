package dev.creatorwatch.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("db")
class AuditTrailTest {

    @Inject
    AuditTrail trail;
    @Inject
    AuditVerifier verifier;
    @Inject
    AuditRetention retention;
    @Inject
    EntityManager em;

    private long append(String entityId, Object after) {
        return QuarkusTransaction.requiringNew().call(
                () -> trail.record(new Actor("tester"), "test", entityId, "change", Map.of("v", 1), after).seq());
    }

    @Test
    void appendsAreChainedListedAndVerifiable() {
        String id = UUID.randomUUID().toString();
        append(id, Map.of("v", 2, "note", "<script>alert(1)</script> 日本語"));
        append(id, Map.of("v", 3));
        given().queryParam("entityType", "test").queryParam("entityId", id).get("/api/audit").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].actor", equalTo("tester"))
                .body("items[0].after.note", equalTo("<script>alert(1)</script> 日本語"))
                .body("items[1].before.v", equalTo(1));
        String next = given().queryParam("entityType", "test").queryParam("entityId", id).queryParam("limit", 1)
                .get("/api/audit").jsonPath().getString("next");
        given().queryParam("entityType", "test").queryParam("entityId", id).queryParam("after", next)
                .get("/api/audit").then().body("items", hasSize(1)).body("items[0].after.v", equalTo(3));
        given().queryParam("entityId", "x' or '1'='1").get("/api/audit").then().statusCode(200)
                .body("items", hasSize(0));
        given().get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("brokenSeq", nullValue());
    }

    @Test
    void aChangeLargerThanAHundredThousandCharactersIsKeptWholeAndVerifiable() {
        // Near the largest creator the API accepts: 50 accounts with 2,000-character URLs and the longest notes.
        String marker = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder accounts = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            accounts.append(i == 0 ? "" : ",").append("{\"platform\": \"web\", \"handle\": \"big").append(marker)
                    .append(i).append("\", \"profileUrl\": \"http://127.0.0.1/").append(i).append('/')
                    .append("p".repeat(1990)).append("\"}");
        }
        String body = "{\"name\": \"Big " + marker + "\", \"notes\": \"" + "n".repeat(4000)
                + "\", \"accounts\": [" + accounts + "]}";
        long id = given().contentType("application/json").body(body).post("/api/creators").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String after = given().queryParam("entityType", "creator").queryParam("entityId", String.valueOf(id))
                .get("/api/audit").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].after.accounts", hasSize(50))
                .extract().jsonPath().getString("items[0].after.accounts[49]");
        assertThat(after).endsWith("p".repeat(1990));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select after_json from audit_entry where entity_type = 'creator' and entity_id = ?1")
                .setParameter(1, String.valueOf(id)).getSingleResult());
        assertThat(stored.length()).isGreaterThan(100_000);
        assertThat(verifier.verify(null).intact()).isTrue();
        given().delete("/api/creators/" + id).then().statusCode(204);
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        String id = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> seqs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                seqs.add(pool.submit(() -> append(id, Map.of("n", n))));
            }
            List<Long> got = new ArrayList<>();
            for (Future<Long> f : seqs) {
                got.add(f.get());
            }
            assertThat(got).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
        assertThat(verifier.verify(null).intact()).isTrue();
    }

    @Test
    void changedAfterJsonIsDetectedAndNamed() {
        String id = UUID.randomUUID().toString();
        append(id, Map.of("v", 1));
        long target = append(id, Map.of("status", "CLOSED"));
        append(id, Map.of("v", 3));
        String original = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select after_json from audit_entry where seq = " + target).getSingleResult());
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update audit_entry set after_json = '{\"status\":\"NEW\"}' where seq = " + target)
                    .executeUpdate());
            given().get("/api/audit/verify").then().statusCode(200).body("intact", equalTo(false))
                    .body("brokenSeq", equalTo((int) target))
                    .body("problem", org.hamcrest.Matchers.startsWith("hash mismatch"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update audit_entry set after_json = ?1 where seq = " + target).setParameter(1, original)
                    .executeUpdate());
        }
        assertThat(verifier.verify(null).intact()).isTrue();
    }

    @Test
    void deletedMiddleRowIsDetectedAndNamed() {
        String id = UUID.randomUUID().toString();
        append(id, Map.of("v", 1));
        long target = append(id, Map.of("v", 2));
        append(id, Map.of("v", 3));
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select seq, at, actor, entity_type, entity_id, action, before_json, after_json, prev_hash, hash "
                        + "from audit_entry where seq = " + target).getSingleResult());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from audit_entry where seq = " + target).executeUpdate());
        try {
            AuditVerifier.Result r = verifier.verify(null);
            assertThat(r.intact()).isFalse();
            assertThat(r.brokenSeq()).isEqualTo(target);
            assertThat(r.problem()).startsWith("missing sequence number " + target);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                var insert = em.createNativeQuery("insert into audit_entry (seq, at, actor, entity_type, entity_id, "
                        + "action, before_json, after_json, prev_hash, hash) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                        + "?9, ?10)");
                for (int i = 0; i < row.length; i++) {
                    insert.setParameter(i + 1, row[i]);
                }
                insert.executeUpdate();
            });
        }
        assertThat(verifier.verify(null).intact()).isTrue();
    }

    @Test
    void retentionPurgeKeepsTheChainVerifiableAndIsAudited() {
        append(UUID.randomUUID().toString(), Map.of("old", true));
        Instant future = Instant.now().plus(Duration.ofDays(Period.ofYears(7).getYears() * 366L + 2));
        long removed = QuarkusTransaction.requiringNew().call(() -> retention.purge(new Actor("retention-test"),
                future));
        assertThat(removed).isPositive();
        AuditVerifier.Result r = verifier.verify(null);
        assertThat(r.intact()).as(r.toString()).isTrue();
        assertThat(r.anchorSeq()).isPositive();
        given().queryParam("entityType", "audit").queryParam("action", "purge").get("/api/audit").then()
                .body("items[-1].actor", equalTo("retention-test"))
                .body("items[-1].after.removed", equalTo((int) removed));
        append(UUID.randomUUID().toString(), Map.of("after", "purge"));
        assertThat(verifier.verify(null).intact()).isTrue();
    }

    @Test
    void rowsWrittenWhileALongVerificationRunsAreCheckedNotReportedAsBeyondTheHead() throws Exception {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 2500; i++) {
                trail.record(new Actor("tester"), "test", id, "bulk", null, Map.of("i", i));
            }
        });
        ExecutorService writer = Executors.newSingleThreadExecutor();
        java.util.concurrent.atomic.AtomicBoolean verifying = new java.util.concurrent.atomic.AtomicBoolean(true);
        try {
            Future<Integer> written = writer.submit(() -> {
                int n = 0;
                while (verifying.get()) {
                    append(id, Map.of("during", n++));
                }
                return n;
            });
            List<AuditVerifier.Result> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(verifier.verify(null));
            }
            verifying.set(false);
            assertThat(written.get()).isPositive();
            assertThat(results).allSatisfy(r -> assertThat(r.intact()).as(r.toString()).isTrue());
        } finally {
            verifying.set(false);
            writer.shutdown();
        }
    }

    @Test
    void aCheckpointShowsTheTailWasCutEvenWhenTheHeadWasRewrittenToMatch() {
        String id = UUID.randomUUID().toString();
        append(id, Map.of("v", 1));
        long kept = append(id, Map.of("v", 2));
        AuditVerifier.Result before = verifier.verify(null);
        assertThat(before.intact()).isTrue();
        given().queryParam("checkpoint", before.lastSeq() + ":" + before.lastHash()).get("/api/audit/verify").then()
                .statusCode(200).body("intact", equalTo(true))
                .body("checkpoint", equalTo("row " + before.lastSeq() + " matches the checkpoint"));
        long cut = append(id, Map.of("v", 3));
        List<Object[]> removed = rowsFrom(kept);
        Object[] head = headRow();
        String keptHash = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select prev_hash from audit_entry where seq = " + kept).getSingleResult());
        try {
            // What a database writer hiding rows 'kept'..'cut' would do: delete them and point the head before them.
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from audit_entry where seq >= " + kept).executeUpdate();
                em.createNativeQuery("update audit_head set last_seq = ?1, last_hash = ?2 where id = 1")
                        .setParameter(1, kept - 1).setParameter(2, keptHash).executeUpdate();
            });
            assertThat(verifier.verify(null).intact()).as("without a checkpoint the cut is invisible").isTrue();
            given().queryParam("checkpoint", before.lastSeq() + ":" + before.lastHash()).get("/api/audit/verify")
                    .then().statusCode(200).body("intact", equalTo(false))
                    .body("problem", equalTo("the checkpoint names row " + before.lastSeq() + " but the chain ends at "
                            + (kept - 1) + ": rows were removed"));
        } finally {
            restore(removed, head);
        }
        assertThat(verifier.verify(null).intact()).isTrue();
        assertThat(cut).isGreaterThan(kept);
        given().queryParam("checkpoint", "12:abc").get("/api/audit/verify").then().statusCode(422)
                .body("errors[0].field", equalTo("checkpoint"));
    }

    @Test
    void anAnchorNoPurgeRecordedIsReportedAsRowsRemovedOutsideRetention() {
        String id = UUID.randomUUID().toString();
        long first = append(id, Map.of("v", 1));
        append(id, Map.of("v", 2));
        List<Object[]> removed = rowsFrom(0);
        Object[] head = headRow();
        String firstHash = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select hash from audit_entry where seq = " + first).getSingleResult());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from audit_entry where seq <= " + first).executeUpdate();
                em.createNativeQuery("update audit_head set anchor_seq = ?1, anchor_hash = ?2 where id = 1")
                        .setParameter(1, first).setParameter(2, firstHash).executeUpdate();
            });
            AuditVerifier.Result r = verifier.verify(null);
            assertThat(r.intact()).isFalse();
            assertThat(r.problem()).isEqualTo("the chain starts after row " + first + ", but no recorded retention "
                    + "purge moved the anchor there: rows were removed outside retention");
        } finally {
            restore(removed, head);
        }
        assertThat(verifier.verify(null).intact()).isTrue();
    }

    private static final String COLUMNS = "seq, at, actor, entity_type, entity_id, action, before_json, after_json, "
            + "prev_hash, hash";

    private List<Object[]> rowsFrom(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from audit_entry where seq >= " + seq
                    + " order by seq").getResultList();
            return rows;
        });
    }

    private Object[] headRow() {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select last_seq, last_hash, anchor_seq, anchor_hash from audit_head where id = 1").getSingleResult());
    }

    /** Puts removed rows back (those still present are left alone) and the head as it was. */
    private void restore(List<Object[]> rows, Object[] head) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object[] row : rows) {
                Number seq = (Number) row[0];
                if (((Number) em.createNativeQuery("select count(*) from audit_entry where seq = " + seq)
                        .getSingleResult()).longValue() > 0) {
                    continue;
                }
                var insert = em.createNativeQuery("insert into audit_entry (" + COLUMNS + ") values (?1, ?2, ?3, ?4, "
                        + "?5, ?6, ?7, ?8, ?9, ?10)");
                for (int i = 0; i < row.length; i++) {
                    insert.setParameter(i + 1, row[i]);
                }
                insert.executeUpdate();
            }
            var update = em.createNativeQuery("update audit_head set last_seq = ?1, last_hash = ?2, anchor_seq = ?3, "
                    + "anchor_hash = ?4 where id = 1");
            for (int i = 0; i < head.length; i++) {
                update.setParameter(i + 1, head[i]);
            }
            update.executeUpdate();
        });
    }
}

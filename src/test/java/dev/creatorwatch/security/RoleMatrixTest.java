package dev.creatorwatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.testing.SignedInAsAdmin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every role and anonymous gets exactly the access the policy below gives it. The policy is written
 * out here, apart from the annotations, and a second test checks it covers every endpoint the API publishes.
 */
@QuarkusTest
class RoleMatrixTest {

    static final String A = "admin";
    static final String S = "security";
    static final String M = "marketer";
    static final String C = "compliance";
    static final Set<String> ALL = Set.of(A, S, M, C);
    static final Set<String> EDIT = Set.of(A, S, M);
    static final Set<String> SEC = Set.of(A, S);
    static final Set<String> AUDIT = Set.of(A, C);
    static final String PASSWORD = "matrix-password-1";

    /** method, path (with placeholders as published), who may call it. */
    record Rule(String method, String path, Set<String> allowed) {
    }

    static final List<Rule> POLICY = List.of(
            new Rule("GET", "/api/creators", ALL),
            new Rule("POST", "/api/creators", EDIT),
            new Rule("GET", "/api/creators/{id}", ALL),
            new Rule("PUT", "/api/creators/{id}", EDIT),
            new Rule("DELETE", "/api/creators/{id}", SEC),
            new Rule("POST", "/api/creators/{id}/accounts", EDIT),
            new Rule("DELETE", "/api/creators/{id}/accounts/{accountId}", SEC),
            new Rule("POST", "/api/creators/{id}/accounts/{accountId}/history", EDIT),
            new Rule("GET", "/api/creators/{id}/accounts/{accountId}/history", ALL),
            new Rule("GET", "/api/creators/{id}/allowlist", ALL),
            new Rule("POST", "/api/creators/{id}/allowlist", SEC),
            new Rule("DELETE", "/api/creators/{id}/allowlist/{entryId}", SEC),
            new Rule("POST", "/api/suspects", EDIT),
            new Rule("GET", "/api/suspects", ALL),
            new Rule("GET", "/api/suspects/{id}", ALL),
            new Rule("GET", "/api/creators/{id}/snapshots", ALL),
            new Rule("POST", "/api/creators/{id}/scan", EDIT),
            new Rule("GET", "/api/alerts", ALL),
            new Rule("GET", "/api/alerts/{id}", ALL),
            new Rule("GET", "/api/alerts/{id}/comments", ALL),
            new Rule("GET", "/api/alerts/{id}/history", ALL),
            new Rule("GET", "/api/alerts/queue", SEC),
            new Rule("GET", "/api/alerts/by-creator", SEC),
            new Rule("POST", "/api/alerts/{id}/status", SEC),
            new Rule("POST", "/api/alerts/{id}/reopen", SEC),
            new Rule("PUT", "/api/alerts/{id}/assignee", SEC),
            new Rule("POST", "/api/alerts/{id}/tags", SEC),
            new Rule("DELETE", "/api/alerts/{id}/tags/{tag}", SEC),
            new Rule("PUT", "/api/alerts/{id}/snooze", SEC),
            new Rule("POST", "/api/alerts/{id}/comments", SEC),
            new Rule("POST", "/api/alerts/bulk", SEC),
            new Rule("GET", "/api/suppressions", SEC),
            new Rule("POST", "/api/suppressions", SEC),
            new Rule("GET", "/api/suppressions/{id}", SEC),
            new Rule("DELETE", "/api/suppressions/{id}", SEC),
            new Rule("GET", "/api/webhooks", SEC),
            new Rule("POST", "/api/webhooks", SEC),
            new Rule("GET", "/api/webhooks/{id}", SEC),
            new Rule("PUT", "/api/webhooks/{id}", SEC),
            new Rule("DELETE", "/api/webhooks/{id}", SEC),
            new Rule("GET", "/api/webhooks/{id}/deliveries", SEC),
            new Rule("POST", "/api/webhooks/{id}/test", SEC),
            new Rule("POST", "/api/parse", SEC),
            new Rule("GET", "/api/source-health", ALL),
            new Rule("GET", "/api/rules", ALL),
            new Rule("GET", "/api/rules/{id}", ALL),
            new Rule("POST", "/api/rules/reload", SEC),
            new Rule("POST", "/api/checks", EDIT),
            new Rule("GET", "/api/checks", ALL),
            new Rule("GET", "/api/checks/{id}", ALL),
            new Rule("GET", "/api/checks/{id}/report.html", ALL),
            new Rule("GET", "/api/exports/incidents", AUDIT),
            new Rule("GET", "/api/audit", AUDIT),
            new Rule("GET", "/api/audit/verify", AUDIT),
            new Rule("GET", "/api/me", ALL),
            new Rule("GET", "/api/tokens", ALL),
            new Rule("POST", "/api/tokens", ALL),
            new Rule("DELETE", "/api/tokens/{id}", ALL),
            new Rule("GET", "/api/users", Set.of(A)),
            new Rule("POST", "/api/users", Set.of(A)),
            new Rule("PATCH", "/api/users/{id}", Set.of(A)));

    static boolean usersCreated;

    /** Once per run; in a Quarkus test RestAssured knows the app's port only from the first test method on. */
    @BeforeEach
    void users() {
        if (usersCreated) {
            return;
        }
        usersCreated = true;
        for (String role : List.of(S, M, C)) {
            given().auth().preemptive().basic(SignedInAsAdmin.USER, SignedInAsAdmin.PASSWORD)
                    .contentType("application/json")
                    .body("{\"username\": \"matrix-" + role + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\""
                            + role + "\"]}")
                    .post("/api/users");
        }
    }

    static RequestSpecification as(String role) {
        if (role == null) {
            return given().auth().none();
        }
        return role.equals(A) ? given().auth().preemptive().basic(SignedInAsAdmin.USER, SignedInAsAdmin.PASSWORD)
                : given().auth().preemptive().basic("matrix-" + role, PASSWORD);
    }

    static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "987654321");
    }

    @Test
    void everyEndpointGivesEachRoleExactlyItsAccess() {
        List<String> wrong = new ArrayList<>();
        for (Rule r : POLICY) {
            for (String role : new String[] {null, A, S, M, C}) {
                int status = as(role).contentType("application/json").body("{}")
                        .request(r.method(), concrete(r.path())).statusCode();
                String who = role == null ? "anonymous" : role;
                if (role == null && status != 401) {
                    wrong.add(r.method() + " " + r.path() + " as anonymous: " + status + " (want 401)");
                } else if (role != null && r.allowed().contains(role) && (status == 401 || status == 403)) {
                    wrong.add(r.method() + " " + r.path() + " as " + who + ": " + status + " (want access)");
                } else if (role != null && !r.allowed().contains(role) && status != 403) {
                    wrong.add(r.method() + " " + r.path() + " as " + who + ": " + status + " (want 403)");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePolicyCoversEveryPublishedEndpoint() {
        Map<String, Map<String, Object>> paths = given().auth().none().queryParam("format", "json")
                .get("/q/openapi").jsonPath().getMap("paths");
        Set<String> published = new TreeSet<>();
        paths.forEach((path, ops) -> ops.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> published.add(m.toUpperCase() + " " + path)));
        Set<String> covered = new TreeSet<>();
        POLICY.forEach(r -> covered.add(r.method() + " " + r.path()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(published);
    }
}

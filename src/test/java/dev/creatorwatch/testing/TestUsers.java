package dev.creatorwatch.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named people for tests that check who did what: each is a real user (roles security and compliance), created once
 * through the admin API and signed in with HTTP Basic, because the audit trail names the signed-in user.
 */
public final class TestUsers {

    public static final String PASSWORD = "test-user-password";
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private TestUsers() {
    }

    /** A request signed in as {@code name}, creating the user first if needed. */
    public static RequestSpecification as(String name) {
        if (CREATED.add(name)) {
            int status = given().auth().preemptive().basic(SignedInAsAdmin.USER, SignedInAsAdmin.PASSWORD)
                    .contentType("application/json")
                    .body("{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD
                            + "\", \"roles\": [\"security\", \"compliance\"]}")
                    .post("/api/users").statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("could not create test user " + name + ": HTTP " + status);
            }
        }
        return given().auth().preemptive().basic(name, PASSWORD);
    }
}

package dev.creatorwatch.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * API tests call as the first admin unless they say otherwise (the role-matrix test signs in as each role and as
 * nobody). A Quarkus callback rather than a JUnit extension, because Quarkus tests run in the application's class
 * loader and only there does setting RestAssured's default reach the test.
 */
public class SignedInAsAdmin implements QuarkusTestBeforeEachCallback {

    public static final String USER = "admin";
    public static final String PASSWORD = "test-admin-password";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(USER, PASSWORD);
    }
}

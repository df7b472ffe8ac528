package dev.creatorwatch.parse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParseResourceTest {

    @Test
    void readsAnUploadedPage() {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://www.threads.net/@zuck", "html", SavedPages.fixture("threads-profile.html")))
                .when().post("/api/parse")
                .then().statusCode(200)
                .body("outcome", equalTo("OK"))
                .body("profile.handle", equalTo("zuck"))
                .body("profile.followers", equalTo(4_900_000))
                .body("engagementRate", nullValue());
    }

    @Test
    void reportsALoginWallAsAnOutcome() {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://www.instagram.com/yukatanaka/", "platform", "instagram",
                        "html", SavedPages.fixture("instagram-zero-behind-login.html")))
                .when().post("/api/parse")
                .then().statusCode(200)
                .body("outcome", equalTo("LOGIN_WALL"))
                .body("profile", nullValue());
    }

    @Test
    void aBareUrlIsFetchedLiveThroughTheGuard() {
        try (dev.creatorwatch.testing.FixtureServer site = new dev.creatorwatch.testing.FixtureServer()) {
            site.html("/p/lena", dev.creatorwatch.testing.ProfilePages.metaCounts("Lena", "lena", 3_480, 210, 1_024));
            given().contentType(ContentType.JSON).body(Map.of("url", site.url("/p/lena")))
                    .when().post("/api/parse")
                    .then().statusCode(200)
                    .body("outcome", equalTo("OK"))
                    .body("profile.followers", equalTo(3_480))
                    .body("fetch.httpStatus", equalTo(200));
        }
        // Not allowlisted: a private address is refused, and nothing is fetched.
        given().contentType(ContentType.JSON).body(Map.of("url", "http://10.0.0.1/admin"))
                .when().post("/api/parse")
                .then().statusCode(200).body("outcome", equalTo("REFUSED_ADDRESS")).body("profile", nullValue());
    }

    @Test
    void rejectsNonHttpUrlsUnknownPlatformsAndOversizedPages() {
        given().contentType(ContentType.JSON).body(Map.of("url", "javascript:alert(1)", "html", "<p>x</p>"))
                .when().post("/api/parse").then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.com/x", "html", "<p>x</p>"))
                .when().post("/api/parse").then().statusCode(422);
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.com/x", "platform", "myspace", "html", "<p>x</p>"))
                .when().post("/api/parse").then().statusCode(422);
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.com/x", "html", "x".repeat(ParseRequest.MAX_HTML_CHARS + 1)))
                .when().post("/api/parse").then().statusCode(422);
    }
}

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
    void aBareUrlIsNotFetchedYet() {
        given().contentType(ContentType.JSON).body(Map.of("url", "https://www.instagram.com/x/"))
                .when().post("/api/parse")
                .then().statusCode(422);
    }

    @Test
    void rejectsNonHttpUrlsUnknownPlatformsAndOversizedPages() {
        given().contentType(ContentType.JSON).body(Map.of("url", "javascript:alert(1)", "html", "<p>x</p>"))
                .when().post("/api/parse").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.com/x", "html", "<p>x</p>"))
                .when().post("/api/parse").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.com/x", "platform", "myspace", "html", "<p>x</p>"))
                .when().post("/api/parse").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.com/x", "html", "x".repeat(ParseRequest.MAX_HTML_CHARS + 1)))
                .when().post("/api/parse").then().statusCode(400);
    }
}

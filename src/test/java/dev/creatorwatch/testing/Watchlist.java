package dev.creatorwatch.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.UUID;

/** Puts creators on the watchlist through the API, each with one web account on a fresh fixture path. */
public final class Watchlist {

    private Watchlist() {
    }

    /** A watched creator and the fixture path its account's page is served from. */
    public record Watched(long creatorId, String path) {

        /** Scans the creator now through the API; the response lists one report per account. */
        public JsonPath scan() {
            return given().post("/api/creators/" + creatorId + "/scan").then().statusCode(200).extract().jsonPath();
        }
    }

    public static Watched watch(FixtureServer site, String name) {
        String path = "/" + UUID.randomUUID();
        long id = given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"accounts\": [{\"platform\": \"web\", \"handle\": \""
                        + path.substring(1, 12) + "\", \"profileUrl\": \"" + site.url(path) + "\"}]}")
                .post("/api/creators").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Watched(id, path);
    }
}

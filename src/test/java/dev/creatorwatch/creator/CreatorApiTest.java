package dev.creatorwatch.creator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("db")
class CreatorApiTest {

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static long create(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/creators")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createGetUpdateDelete() {
        String handle = unique("mika_");
        long id = given().contentType(ContentType.JSON)
                .body("""
                        {"name": "Mika Travels", "notes": "Kyoto food", "tags": ["travel", "jp"],
                         "protectedIdentity": true,
                         "accounts": [{"platform": "instagram", "handle": "@%s"}]}""".formatted(handle))
                .post("/api/creators")
                .then().statusCode(201)
                .header("Location", containsString("/api/creators/"))
                .body("name", equalTo("Mika Travels"))
                .body("tier", equalTo("UNKNOWN"))
                .body("protectedIdentity", equalTo(true))
                .body("accounts[0].platform", equalTo("instagram"))
                .body("accounts[0].handle", equalTo(handle))
                .body("accounts[0].profileUrl", equalTo("https://www.instagram.com/" + handle + "/"))
                .body("accounts[0].followers", nullValue())
                .body("riskScore", equalTo(0))
                .extract().jsonPath().getLong("id");

        given().get("/api/creators/" + id).then().statusCode(200).body("tags", hasItem("jp"));

        given().contentType(ContentType.JSON).body("{\"name\": \"Mika T.\", \"tags\": [\"travel\"]}")
                .put("/api/creators/" + id)
                .then().statusCode(200).body("name", equalTo("Mika T.")).body("tags", hasSize(1))
                .body("notes", equalTo("Kyoto food"))
                .body("protectedIdentity", equalTo(true)).body("accounts", hasSize(1));

        given().delete("/api/creators/" + id).then().statusCode(204);
        given().get("/api/creators/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void updateChangesOnlyTheFieldsGiven() {
        long id = create("""
                {"name": "Yuna Beauty", "notes": "skincare", "tags": ["beauty", "jp"], "protectedIdentity": true}""");

        // The README's own example: a new name alone leaves notes, tags and impersonation protection as they were.
        given().contentType(ContentType.JSON).body("{\"name\": \"Yuna B.\"}").put("/api/creators/" + id)
                .then().statusCode(200).body("name", equalTo("Yuna B.")).body("notes", equalTo("skincare"))
                .body("tags", hasSize(2)).body("protectedIdentity", equalTo(true));
        given().contentType(ContentType.JSON).body("{\"notes\": null, \"tags\": null}").put("/api/creators/" + id)
                .then().statusCode(200).body("name", equalTo("Yuna B.")).body("notes", equalTo("skincare"))
                .body("tags", hasSize(2)).body("protectedIdentity", equalTo(true));

        // [] and "" clear; false switches protection off; the name stays.
        given().contentType(ContentType.JSON).body("{\"tags\": [], \"notes\": \"\", \"protectedIdentity\": false}")
                .put("/api/creators/" + id)
                .then().statusCode(200).body("name", equalTo("Yuna B.")).body("notes", nullValue())
                .body("tags", hasSize(0)).body("protectedIdentity", equalTo(false));

        // A name can change but not be cleared.
        given().contentType(ContentType.JSON).body("{\"name\": \"  \"}").put("/api/creators/" + id)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("name"));
        given().get("/api/creators/" + id).then().statusCode(200).body("name", equalTo("Yuna B."));
    }

    @Test
    void addingTheSameAccountTwiceIsIdempotentAndAnotherCreatorGetsConflict() {
        String handle = unique("dup");
        long id = create("{\"name\": \"Dup\"}");
        String account = "{\"platform\": \"TikTok\", \"handle\": \"" + handle + "\"}";
        given().contentType(ContentType.JSON).body(account).post("/api/creators/" + id + "/accounts")
                .then().statusCode(201).body("accounts", hasSize(1));
        given().contentType(ContentType.JSON).body(account.replace(handle, "@" + handle.toUpperCase()))
                .post("/api/creators/" + id + "/accounts")
                .then().statusCode(200).body("accounts", hasSize(1));
        long other = create("{\"name\": \"Other\"}");
        given().contentType(ContentType.JSON).body(account).post("/api/creators/" + other + "/accounts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already belongs"));
    }

    @Test
    void removeAccount() {
        long id = create("{\"name\": \"Two\", \"accounts\": [{\"platform\": \"x\", \"handle\": \"" + unique("a")
                + "\"}, {\"platform\": \"youtube\", \"handle\": \"" + unique("b") + "\"}]}");
        long accountId = given().get("/api/creators/" + id).jsonPath().getLong("accounts[0].id");
        given().delete("/api/creators/" + id + "/accounts/" + accountId).then().statusCode(204);
        given().get("/api/creators/" + id).then().body("accounts", hasSize(1));
        given().delete("/api/creators/" + id + "/accounts/" + accountId).then().statusCode(404);
    }

    @Test
    void validationErrorsAreProblemsWithFieldMessages() {
        given().contentType(ContentType.JSON).body("{\"name\": \"\"}").post("/api/creators")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
        given().contentType(ContentType.JSON).body("{\"name\": \"" + "x".repeat(201) + "\"}").post("/api/creators")
                .then().statusCode(422).body("errors.field", hasItem("name"));
        given().contentType(ContentType.JSON).body("{\"name\": \"ok\", \"notes\": \"" + "n".repeat(4001) + "\"}")
                .post("/api/creators").then().statusCode(422).body("errors.field", hasItem("notes"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"accounts\": [{\"platform\": \"myspace\", \"handle\": \"x\"}]}")
                .post("/api/creators")
                .then().statusCode(422).body("errors[0].field", equalTo("accounts[0].platform"))
                .body("errors[0].message", containsString("not a known platform"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"accounts\": [{\"platform\": \"web\", \"handle\": \"x\", "
                        + "\"profileUrl\": \"ftp://example.com/x\"}]}")
                .post("/api/creators")
                .then().statusCode(422).body("errors[0].field", equalTo("accounts[0].profileUrl"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"accounts\": [{\"platform\": \"web\", \"handle\": \"x\", "
                        + "\"profileUrl\": \"https://user:pw@example.com/x\"}]}")
                .post("/api/creators")
                .then().statusCode(422).body("errors[0].message", containsString("credentials"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"accounts\": [{\"platform\": \"mastodon\", \"handle\": \"x\"}]}")
                .post("/api/creators")
                .then().statusCode(422).body("errors[0].field", equalTo("accounts[0].profileUrl"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"accounts\": [{\"platform\": \"x\", \"handle\": \"<script>\"}]}")
                .post("/api/creators")
                .then().statusCode(422).body("errors[0].field", equalTo("accounts[0].handle"));
        given().contentType(ContentType.JSON).body("{\"name\": \"ok\", \"accounts\": [null]}").post("/api/creators")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("accounts[0]"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"ok\", \"accounts\": [{\"platform\": \"x\", \"handle\": \"" + unique("n")
                        + "\"}, null]}")
                .post("/api/creators").then().statusCode(422).body("errors[0].field", equalTo("accounts[1]"));
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/api/creators")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"name\": \"ok\", \"protectedIdentity\": \"maybe\"}")
                .post("/api/creators")
                .then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("protectedIdentity"));
    }

    @Test
    void nothingIsStoredWhenOneAccountOfACreateIsInvalid() {
        String name = unique("Atomic ");
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"accounts\": [{\"platform\": \"x\", \"handle\": \"fine"
                        + unique("") + "\"}, {\"platform\": \"nope\", \"handle\": \"x\"}]}")
                .post("/api/creators").then().statusCode(422);
        given().queryParam("q", name).get("/api/creators").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void listFiltersAndKeysetPagination() {
        String tag = unique("page");
        for (int i = 0; i < 5; i++) {
            create("{\"name\": \"Paged " + i + "\", \"tags\": [\"" + tag + "\"], \"accounts\": [{\"platform\": "
                    + "\"instagram\", \"handle\": \"" + unique("p") + "\"}]}");
        }
        String next = given().queryParam("tag", tag).queryParam("limit", 2).get("/api/creators")
                .then().statusCode(200).body("items", hasSize(2)).body("next", notNullValue())
                .body("items[0].tier", equalTo("UNKNOWN"))
                .extract().jsonPath().getString("next");
        String last = given().queryParam("tag", tag).queryParam("limit", 2).queryParam("after", next)
                .get("/api/creators").then().statusCode(200).body("items", hasSize(2))
                .extract().jsonPath().getString("next");
        given().queryParam("tag", tag).queryParam("limit", 2).queryParam("after", last).get("/api/creators")
                .then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());
        given().queryParam("tag", tag).queryParam("platform", "instagram").queryParam("tier", "unknown")
                .get("/api/creators").then().statusCode(200).body("items", hasSize(5));
        given().queryParam("tag", tag).queryParam("tier", "MEGA").get("/api/creators")
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("tier", "gigantic").get("/api/creators").then().statusCode(422)
                .body("errors[0].field", equalTo("tier"));
        given().queryParam("limit", 0).get("/api/creators").then().statusCode(422);
        given().queryParam("after", "not-a-cursor!").get("/api/creators").then().statusCode(422);
        given().queryParam("q", "' or 1=1 --").get("/api/creators").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("q", "%").queryParam("tag", tag).get("/api/creators")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownCreatorIs404Everywhere() {
        given().get("/api/creators/987654321").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/creators/987654321/snapshots").then().statusCode(404);
        given().post("/api/creators/987654321/scan").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"platform\": \"x\", \"handle\": \"h\"}")
                .post("/api/creators/987654321/accounts").then().statusCode(404);
    }
}

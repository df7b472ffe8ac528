package dev.creatorwatch.discovery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Submitting suspect URLs: SSRF guard, fetch, scoring against protected identities, alerts, allowlists. */
@QuarkusTest
@Tag("db")
class SuspectApiTest {

    static FixtureServer site;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Letters only, so handles and names stay valid and never collide between tests. */
    static String word() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    /** A protected creator "Mika X" with a web account @mikax at the fixture site; returns its id. */
    static long protectedCreator(FixtureServer site, String name, String handle) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "protectedIdentity", true, "accounts", java.util.List.of(Map.of(
                        "platform", "web", "handle", handle, "profileUrl", site.url("/p/" + handle)))))
                .post("/api/creators").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath submit(String url, Long creatorId, int status) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("url", url);
        if (creatorId != null) {
            body.put("creatorId", creatorId);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/suspects").then().statusCode(status)
                .extract().jsonPath();
    }

    @Test
    void aCopyOfAProtectedCreatorIsAnImpersonationWithEvidenceAndAnAlert() {
        String w = word();
        String name = "Mika " + w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
        long creator = protectedCreator(site, name, "mika" + w);
        String path = "/p/mika" + w + "_official";
        site.html(path, ProfilePages.jsonLd(name, "mika" + w + "_official", 40, 2));

        JsonPath s = submit(site.url(path), null, 201);
        assertThat(s.getString("verdict")).isEqualTo("IMPERSONATION");
        assertThat(s.getString("source")).isEqualTo("submitted");
        assertThat(s.getLong("matchedCreatorId")).isEqualTo(creator);
        assertThat(s.getString("reason")).startsWith("Submitted suspect " + site.url(path))
                .contains("same name after removing 'official'");
        assertThat(s.getString("findings[0].ruleId")).isEqualTo("impersonation-discovered-lookalike");
        assertThat(s.getString("findings[0].evidence.handleLikeness")).isEqualTo("SAME_CORE");
        assertThat(s.getBoolean("findings[0].evidence.displayNameCopied")).isTrue();
        assertThat(s.getString("findings[0].evidence.discovery.submittedBy")).isNotBlank();
        long alertId = s.getLong("alertId");

        given().get("/api/alerts/" + alertId).then().statusCode(200)
                .body("ruleId", equalTo("impersonation-discovered-lookalike"))
                .body("creator.id", equalTo((int) creator))
                .body("reason", containsString("mika" + w + "_official"))
                .body("evidence.discovery.source", equalTo("submitted"))
                .body("evidence.protectedHandle", equalTo("mika" + w));

        // Submitting again re-checks the same row and lands on the same open alert.
        JsonPath again = submit(site.url(path), creator, 201);
        assertThat(again.getLong("id")).isEqualTo(s.getLong("id"));
        assertThat(again.getInt("checkCount")).isEqualTo(2);
        assertThat(again.getLong("alertId")).isEqualTo(alertId);
        assertThat(again.getBoolean("findings[0].alertOpened")).isFalse();

        given().queryParam("verdict", "impersonation").get("/api/suspects").then().statusCode(200)
                .body("items.id", hasItem((int) s.getLong("id")));
        given().get("/api/suspects/" + s.getLong("id")).then().statusCode(200)
                .body("profileUrl", equalTo(site.url(path)));
        given().get("/api/audit?entityType=suspect").then().statusCode(200);
    }

    @Test
    void anUnrelatedProfileIsClearAndAMissingOneNotFound() {
        String w = word();
        protectedCreator(site, "Rena " + w, "rena" + w);
        site.html("/p/gardening" + w, ProfilePages.jsonLd("Gardening Club", "gardening" + w, 5_000, 300));
        JsonPath clear = submit(site.url("/p/gardening" + w), null, 201);
        assertThat(clear.getString("verdict")).isEqualTo("CLEAR");
        assertThat(clear.getList("findings")).isEmpty();
        assertThat(clear.get("alertId") == null).isTrue();

        JsonPath missing = submit(site.url("/p/nobody" + w), null, 201);
        assertThat(missing.getString("verdict")).isEqualTo("NOT_FOUND");
        assertThat(missing.getString("outcome")).isEqualTo("NOT_FOUND");
    }

    @Test
    void comparingWithOneCreatorIgnoresTheOthers() {
        String w = word();
        protectedCreator(site, "Nao " + w, "nao" + w);
        String other = word();
        long otherCreator = protectedCreator(site, "Kei " + other, "kei" + other);
        site.html("/p/nao" + w + "_jp", ProfilePages.jsonLd("Nao " + w, "nao" + w + "_jp", 10, 1));
        assertThat(submit(site.url("/p/nao" + w + "_jp"), otherCreator, 201).getString("verdict"))
                .isEqualTo("CLEAR");
        assertThat(submit(site.url("/p/nao" + w + "_jp"), null, 201).getString("verdict"))
                .isEqualTo("IMPERSONATION");
    }

    @Test
    void anAllowlistedAccountIsNotAnImpersonationAndTheAllowlistIsAudited() {
        String w = word();
        long creator = protectedCreator(site, "Aya " + w, "aya" + w);
        String fan = "aya" + w + "_shop";
        site.html("/p/" + fan, ProfilePages.jsonLd("Aya " + w + " Shop", fan, 900, 40));
        assertThat(submit(site.url("/p/" + fan), null, 201).getString("verdict")).isEqualTo("IMPERSONATION");

        long entry = given().contentType(ContentType.JSON)
                .body(Map.of("platform", "web", "handle", "@" + fan.toUpperCase(Locale.ROOT),
                        "reason", "Her sanctioned shop account"))
                .post("/api/creators/" + creator + "/allowlist").then().statusCode(201)
                .body("handle", equalTo(fan)).body("active", equalTo(true)).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("platform", "web", "handle", fan, "reason", "twice"))
                .post("/api/creators/" + creator + "/allowlist").then().statusCode(409);

        JsonPath allowed = submit(site.url("/p/" + fan), null, 201);
        assertThat(allowed.getString("verdict")).isEqualTo("ALLOWLISTED");
        assertThat(allowed.getList("findings")).isEmpty();

        given().get("/api/creators/" + creator + "/allowlist").then().statusCode(200)
                .body("[0].reason", equalTo("Her sanctioned shop account"));
        given().contentType(ContentType.JSON).delete("/api/creators/" + creator + "/allowlist/" + entry)
                .then().statusCode(200).body("active", equalTo(false)).body("revokedBy", notNullValue());
        given().contentType(ContentType.JSON).delete("/api/creators/" + creator + "/allowlist/" + entry)
                .then().statusCode(409);
        assertThat(submit(site.url("/p/" + fan), null, 201).getString("verdict")).isEqualTo("IMPERSONATION");

        given().queryParam("entityType", "creator-allowlist").get("/api/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("added", "revoked"));
    }

    @Test
    void allowlistEntriesAreValidated() {
        String w = word();
        long creator = protectedCreator(site, "Emi " + w, "emi" + w);
        String base = "/api/creators/" + creator + "/allowlist";
        for (Map<String, Object> bad : java.util.List.<Map<String, Object>>of(
                Map.of("platform", "instagram", "handle", "<script>alert(1)</script>", "reason", "x"),
                Map.of("platform", "instagram", "handle", "emi\u200Dfan", "reason", "zero width joiner"),
                Map.of("platform", "myspace", "handle", "emi_fan", "reason", "x"),
                Map.of("platform", "instagram", "handle", "emi_fan"),
                Map.of("profileUrl", "https://www.instagram.com/p/Cx12/", "reason", "a post, not a profile"),
                Map.of("profileUrl", "javascript:alert(1)", "reason", "x"),
                Map.of("platform", "instagram", "handle", "emi_fan", "profileUrl",
                        "https://www.instagram.com/emi_fan/", "reason", "both"))) {
            given().contentType(ContentType.JSON).body(bad).post(base).then().statusCode(422)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("profileUrl", "https://www.tiktok.com/@Emi." + w, "reason", "fan account"))
                .post(base).then().statusCode(201).body("platform", equalTo("tiktok"))
                .body("handle", equalTo("emi." + w));
        given().contentType(ContentType.JSON).body(Map.of("platform", "x", "handle", "emi_fan", "reason", "x"))
                .post("/api/creators/987654321/allowlist").then().statusCode(404);
    }

    @Test
    void badAndHostileUrlsAreRefusedAsProblems() {
        for (String bad : new String[] {"javascript:alert(1)", "http://<script>alert(1)</script>/x",
                "ftp://example.com/profile", "http://user:secret@example.com/p", "http://169.254.169.254/latest/",
                "http://10.0.0.7/admin", "http://[::1]:8080/", "http://0x7f.1/", "https://exa\u202Emple.com/x",
                "not a url", "", "https://" + "a".repeat(2100) + ".com/"}) {
            given().contentType(ContentType.JSON).body(Map.of("url", bad)).post("/api/suspects").then()
                    .statusCode(422).contentType("application/problem+json").body("status", equalTo(422));
        }
        given().contentType(ContentType.JSON).body("{}").post("/api/suspects").then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/p/x"), "creatorId", 987654321L))
                .post("/api/suspects").then().statusCode(422).body("errors[0].field", equalTo("creatorId"));
        long unprotected = given().contentType(ContentType.JSON).body(Map.of("name", "Plain " + word()))
                .post("/api/creators").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/p/x"), "creatorId", unprotected))
                .post("/api/suspects").then().statusCode(422).body("detail", containsString("not a protected"));
        given().queryParam("verdict", "<script>").get("/api/suspects").then().statusCode(422);
    }

    @Test
    void lookAlikeLettersAreNamedAndHiddenCharactersNeverEchoed() {
        String w = word();
        protectedCreator(site, "Ayako " + w, "ayako" + w);
        String handle = "\u0430yako" + w; // Cyrillic a
        site.html("/p/hostile" + w, ProfilePages.jsonLd("Ayako\u200D " + w, handle, 3, 0));
        JsonPath s = submit(site.url("/p/hostile" + w), null, 201);
        assertThat(s.getString("verdict")).isEqualTo("IMPERSONATION");
        assertThat(s.getString("reason")).contains("Cyrillic").doesNotContain("\u200D");
    }

    /** An og-tag profile page with a picture at {@code avatarPath}. */
    private static String pageWithPicture(String name, String handle, String avatarPath) {
        return "<html><head><meta property=\"og:title\" content=\"" + name + " (@" + handle + ")\">"
                + "<meta property=\"og:description\" content=\"40 Followers, 10 Following, 2 Posts - See photos from "
                + name + " (@" + handle + ")\"><meta property=\"og:image\" content=\"" + avatarPath + "\">"
                + "</head><body></body></html>";
    }

    @Test
    void aSubmittedSuspectsPictureIsComparedWithTheProtectedCreatorsPicture() {
        String w = word();
        String name = "Mika " + w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
        long creator = protectedCreator(site, name, "mika" + w);
        var picture = dev.creatorwatch.testing.TestImages.portrait(320, new java.awt.Color(220, 180, 150));
        site.bytes("/img/" + w + ".png", "image/png", dev.creatorwatch.testing.TestImages.png(picture));
        site.bytes("/img/" + w + "-copy.jpg", "image/jpeg", dev.creatorwatch.testing.TestImages.jpeg(
                dev.creatorwatch.testing.TestImages.resized(picture, 128, 128), 0.7f));
        site.html("/p/mika" + w, pageWithPicture(name, "mika" + w, "/img/" + w + ".png"));
        given().post("/api/creators/" + creator + "/scan").then().statusCode(200).body("[0].outcome", equalTo("OK"));

        String path = "/p/mika" + w + "_official";
        site.html(path, pageWithPicture(name, "mika" + w + "_official", "/img/" + w + "-copy.jpg"));
        JsonPath s = submit(site.url(path), null, 201);
        assertThat(s.getString("verdict")).isEqualTo("IMPERSONATION");
        assertThat(s.getString("reason")).contains("profile picture is a near copy of @mika" + w + "'s (");
        assertThat(s.getBoolean("findings[0].evidence.avatarCopied")).isTrue();
        assertThat(site.requestsTo("/img/" + w + "-copy.jpg")).isEqualTo(1);
    }
}

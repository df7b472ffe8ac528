package dev.creatorwatch.avatar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.creatorwatch.rules.ProtectedIdentities;
import dev.creatorwatch.rules.ProtectedIdentity;
import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.TestImages;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.awt.Color;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Profile pictures through the whole scan: fetched once per picture from a local site, stored (V52), carried by the
 * protected identities, and named in an impersonation alert; on H2 and (tag db) PostgreSQL.
 */
@QuarkusTest
@Tag("db")
class AvatarScanTest {

    static FixtureServer site;

    @Inject
    ProtectedIdentities identities;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** An Instagram-shaped page with og tags, its picture at {@code avatarPath} (relative, as some sites give it). */
    private static String page(String name, String handle, String avatarPath) {
        return "<html><head><meta property=\"og:title\" content=\"" + name + " (@" + handle + ")\">"
                + "<meta property=\"og:description\" content=\"120 Followers, 80 Following, 3 Posts - See photos from "
                + name + " (@" + handle + ")\">"
                + (avatarPath == null ? "" : "<meta property=\"og:image\" content=\"" + avatarPath + "\">")
                + "</head><body></body></html>";
    }

    /** Watches a creator with one web account served at a fresh path; returns {creatorId, accountId, path}. */
    private static long[] watch(String name, String handle, boolean protectedIdentity, String pagePath) {
        var json = given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"protectedIdentity\": " + protectedIdentity
                        + ", \"accounts\": [{\"platform\": \"web\", \"handle\": \"" + handle + "\", \"profileUrl\": \""
                        + site.url(pagePath) + "\"}]}")
                .post("/api/creators").then().statusCode(201).extract().jsonPath();
        return new long[] {json.getLong("id"), json.getLong("accounts[0].id")};
    }

    private static void scan(long creatorId) {
        given().post("/api/creators/" + creatorId + "/scan").then().statusCode(200).body("[0].outcome", equalTo("OK"));
    }

    private static AccountAvatar row(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> AccountAvatar.<AccountAvatar>findById(accountId));
    }

    @Test
    void aCopiedPictureOnALookalikeHandleIsNamedInTheAlertAndFetchedOnlyOnce() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String handle = "aikomori" + tag.replaceAll("[^a-z]", "x");
        var original = TestImages.portrait(400, new Color(225, 185, 150));
        site.bytes("/img/" + tag + "/aiko.png", "image/png", TestImages.png(original));
        site.bytes("/img/" + tag + "/copy.jpg", "image/jpeg",
                TestImages.jpeg(TestImages.resized(original, 160, 160), 0.7f));
        site.bytes("/img/" + tag + "/other.jpg", "image/jpeg", TestImages.jpeg(TestImages.logo(300), 0.8f));

        String protectedPage = "/" + tag + "/aiko";
        site.html(protectedPage, page("Aiko Mori", handle, "/img/" + tag + "/aiko.png?oh=abc&oe=1"));
        long[] aiko = watch("Aiko Mori", handle, true, protectedPage);
        scan(aiko[0]);
        AccountAvatar stored = row(aiko[1]);
        assertThat(stored.status).isEqualTo(AvatarStatus.HASHED);
        assertThat(stored.hash).isNotNull();
        assertThat(stored.avatarUrl).isEqualTo(site.url("/img/" + tag + "/aiko.png?oh=abc&oe=1"));
        assertThat(stored.urlKey).isEqualTo(site.url("/img/" + tag + "/aiko.png").toLowerCase(Locale.ROOT));
        assertThat(identities.current().all()).filteredOn(p -> p.accountId().equals(aiko[1]))
                .extracting(ProtectedIdentity::avatar).containsExactly(new dev.creatorwatch.rules.AvatarHash(
                        stored.hash));

        // The CDN re-signs the same picture: no new fetch.
        site.html(protectedPage, page("Aiko Mori", handle, "/img/" + tag + "/aiko.png?oh=def&oe=2"));
        scan(aiko[0]);
        assertThat(site.requestsTo("/img/" + tag + "/aiko.png")).isEqualTo(1);

        String copyPage = "/" + tag + "/copy";
        site.html(copyPage, page("Aiko Mori", handle + "_official", "/img/" + tag + "/copy.jpg"));
        long[] copier = watch("Unknown", handle + "_official", false, copyPage);
        scan(copier[0]);
        given().queryParam("creator", copier[0]).queryParam("rule", "impersonation-lookalike-handle")
                .get("/api/alerts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].ruleVersion", equalTo(2))
                .body("items[0].reason", containsString("profile picture is a near copy of @" + handle + "'s ("))
                .body("items[0].evidence.avatarCopied", equalTo(true));
        int distance = given().queryParam("creator", copier[0]).get("/api/alerts").jsonPath()
                .getInt("items[0].evidence.avatarDistance");
        assertThat(distance).isBetween(0, 6);

        // A new picture under a new URL is fetched; the alert's next occurrence no longer claims a copy.
        site.html(copyPage, page("Aiko Mori", handle + "_official", "/img/" + tag + "/other.jpg"));
        scan(copier[0]);
        assertThat(site.requestsTo("/img/" + tag + "/other.jpg")).isEqualTo(1);
        assertThat(row(copier[1]).status).isEqualTo(AvatarStatus.HASHED);
        assertThat(row(copier[1]).hash).isNotEqualTo(stored.hash);
    }

    @Test
    void theSamePictureOnAnUnrelatedNameRaisesNoImpersonationAlert() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String handle = "renhoshi" + tag.replaceAll("[^a-z]", "x");
        byte[] png = TestImages.png(TestImages.portrait(300, new Color(200, 160, 130)));
        site.bytes("/img/" + tag + "/ren.png", "image/png", png);
        site.html("/" + tag + "/ren", page("Ren Hoshi", handle, "/img/" + tag + "/ren.png"));
        long[] ren = watch("Ren Hoshi", handle, true, "/" + tag + "/ren");
        scan(ren[0]);
        site.html("/" + tag + "/bakery", page("Corner Bakery", "cornerbakery" + tag.replaceAll("[^a-z]", "x"),
                "/img/" + tag + "/ren.png"));
        long[] bakery = watch("Corner Bakery", "cornerbakery" + tag.replaceAll("[^a-z]", "x"), false,
                "/" + tag + "/bakery");
        scan(bakery[0]);
        assertThat(row(bakery[1]).hash).isEqualTo(row(ren[1]).hash);
        given().queryParam("creator", bakery[0]).get("/api/alerts").then().statusCode(200)
                .body("items.findAll { it.ruleId.startsWith('impersonation') }", hasSize(0));
    }

    @Test
    void aFailedPictureNeverBlocksTheScanNorLeavesAHashAndIsNotRefetchedAtOnce() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        site.html("/" + tag + "/p", page("Mio Sato", "miosato" + tag.replaceAll("[^a-z]", "x"),
                "/img/" + tag + "/missing.png"));
        long[] mio = watch("Mio Sato", "miosato" + tag.replaceAll("[^a-z]", "x"), false, "/" + tag + "/p");
        scan(mio[0]);
        scan(mio[0]);
        AccountAvatar r = row(mio[1]);
        assertThat(r.status).isEqualTo(AvatarStatus.FETCH_FAILED);
        assertThat(r.hash).isNull();
        assertThat(r.detail).startsWith("NOT_FOUND");
        assertThat(r.retryAt).isAfter(r.checkedAt);
        assertThat(site.requestsTo("/img/" + tag + "/missing.png")).isEqualTo(1);

        // A page without any picture keeps the scan going and fetches nothing.
        site.html("/" + tag + "/p", page("Mio Sato", "miosato" + tag.replaceAll("[^a-z]", "x"), null));
        scan(mio[0]);
        assertThat(site.requestsTo("/img/" + tag + "/missing.png")).isEqualTo(1);
    }
}

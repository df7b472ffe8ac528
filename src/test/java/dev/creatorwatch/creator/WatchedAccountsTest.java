package dev.creatorwatch.creator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A profile URL finds its watched account however it is spelled, as adding the account again would. */
@QuarkusTest
@Tag("db")
class WatchedAccountsTest {

    static long accountOf(String accountJson) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"Spelling\", \"accounts\": [" + accountJson
                + "]}").post("/api/creators").then().statusCode(201).extract().jsonPath().getLong("accounts[0].id");
    }

    static Optional<Long> find(String url) {
        return QuarkusTransaction.requiringNew().call(() -> WatchedAccounts.byProfileUrl(url).map(a -> a.id));
    }

    @Test
    void platformAndHandleDecideNotTheBytesOfTheUrl() {
        String handle = "Mika.Travels_" + UUID.randomUUID().toString().substring(0, 6);
        long id = accountOf("{\"platform\": \"instagram\", \"handle\": \"@" + handle + "\"}");
        String lower = handle.toLowerCase(java.util.Locale.ROOT);
        assertThat(find("https://www.instagram.com/" + lower + "/")).contains(id);
        assertThat(find("http://Instagram.com/" + handle + "?hl=en")).contains(id);
        assertThat(find("https://WWW.INSTAGRAM.COM/" + handle.toUpperCase(java.util.Locale.ROOT) + "//#top"))
                .contains(id);
        assertThat(find("https://www.instagram.com/" + lower + "x/")).isEmpty();
        assertThat(find("https://www.tiktok.com/@" + lower)).isEmpty(); // same handle, another platform
    }

    @Test
    void accountsWithoutADerivedUrlAreMatchedByTheirProfileAddress() {
        String user = "mika" + UUID.randomUUID().toString().substring(0, 6);
        long id = accountOf("{\"platform\": \"mastodon\", \"handle\": \"" + user + "\", \"profileUrl\": "
                + "\"https://mastodon.example/@" + user + "\"}");
        assertThat(find("http://Mastodon.Example/@" + user.toUpperCase(java.util.Locale.ROOT) + "/?ref=x"))
                .contains(id);
        assertThat(find("https://mastodon.example/@" + user + "/followers")).isEmpty();
        assertThat(find("https://other.example/@" + user)).isEmpty();
    }
}

package dev.creatorwatch.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import dev.creatorwatch.rules.availability.AccountGoneModule;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class RulesReadinessTest {

    @TempDir
    Path dir;

    @Test
    void theRunningAppIsReadyWithItsRulesFolder() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'rules' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rules' }.data.rulesRunning", greaterThan(10))
                .body("checks.find { it.name == 'rules' }.data.filesRefused", equalTo(0));
    }

    @Test
    void aMissingRulesFolderIsNotReady() {
        HealthCheckResponse r = check(dir.resolve("no-such-folder"));

        assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(r.getData().orElseThrow()).containsEntry("rulesRunning", 0L)
                .containsKey("reason")
                .containsEntry("folder", dir.resolve("no-such-folder").toAbsolutePath().toString());
    }

    @Test
    void aFolderWhoseOnlyFileIsRefusedIsNotReadyAndSaysWhy() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "id: [unclosed\n");

        HealthCheckResponse r = check(dir);

        assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(r.getData().orElseThrow()).containsEntry("filesRefused", 1L)
                .hasEntrySatisfying("refused1", v -> assertThat(v.toString()).contains("broken.yaml"));
    }

    @Test
    void deprecatedRulesAloneDoNotCountAsRunning() throws IOException {
        Path deprecated = Files.createDirectories(dir.resolve("deprecated"));
        String rule = Files.readString(Path.of("rules/availability/account-not-found.yaml"))
                .replaceFirst("(?m)^status: \\w+", "status: deprecated");
        Files.writeString(deprecated.resolve("account-not-found.yaml"), rule);

        HealthCheckResponse r = check(dir);

        assertThat(r.getData().orElseThrow()).containsEntry("filesRefused", 0L);
        assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void oneRunningRuleIsReady() throws IOException {
        Files.copy(Path.of("rules/availability/account-not-found.yaml"), dir.resolve("account-not-found.yaml"));

        HealthCheckResponse r = check(dir);

        assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(r.getData().orElseThrow()).containsEntry("rulesRunning", 1L).doesNotContainKey("reason");
    }

    private static HealthCheckResponse check(Path folder) {
        return new RulesReadiness(new RuleCatalog(folder, List.of(new AccountGoneModule()))).call();
    }
}

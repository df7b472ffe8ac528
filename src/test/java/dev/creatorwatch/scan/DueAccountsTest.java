package dev.creatorwatch.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.audience.FollowerSampleRecord;
import dev.creatorwatch.audience.FollowerSampler;
import dev.creatorwatch.audience.SampleStatus;
import dev.creatorwatch.avatar.AccountAvatar;
import dev.creatorwatch.avatar.AvatarStatus;
import dev.creatorwatch.avatar.StoredAvatar;
import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.rules.fakefollowers.FollowerSample;
import dev.creatorwatch.snapshot.SnapshotRepository.Validators;
import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.ProfilePages;
import dev.creatorwatch.testing.Watchlist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Claiming due accounts (on H2 and, tagged db, on PostgreSQL): a claim hands out what each scan needs (page, the
 * validators of the latest good snapshot, the newest follower sample and the stored picture), moves the due time by
 * the lease in the database, and a second claim does not take the same account again.
 */
@QuarkusTest
@Tag("db")
class DueAccountsTest {

    static FixtureServer site;

    @Inject
    DueAccounts due;

    @Inject
    AccountScanner scanner;

    @Inject
    ScanConfig config;

    @BeforeAll
    static void start() {
        site = new FixtureServer();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void claimCarriesValidatorsMovesTheLeaseAndIsNotRepeated() {
        Watchlist.Watched w = Watchlist.watch(site, "Claimed");
        Instant published = Instant.parse("2026-11-01T10:00:00Z");
        String page = ProfilePages.metaCounts("Claimed", "claimed", 4_000, 10, 5);
        site.htmlWithValidators(w.path(), page, published);
        assertThat(w.scan().getString("[0].outcome")).isEqualTo("OK");
        long accountId = given().get("/api/creators/" + w.creatorId()).then().extract().jsonPath()
                .getLong("accounts[0].id");
        // Due before any account other tests left due, so it is within the first batch.
        long versionBefore = makeDue(accountId, Instant.parse("2000-01-01T00:00:00Z"));

        Instant claimedAt = Instant.now();
        List<ScanTarget> first = due.claim();
        Optional<ScanTarget> mine = first.stream().filter(t -> t.accountId() == accountId).findFirst();
        assertThat(mine).isPresent();
        assertThat(mine.get().platform()).isEqualTo(Platform.WEB);
        assertThat(mine.get().url()).isEqualTo(site.url(w.path()));
        assertThat(mine.get().validators())
                .isEqualTo(new Validators(FixtureServer.etagOf(page), FixtureServer.httpDate(published)));

        Account held = QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(accountId));
        assertThat(held.nextScanAt).isAfterOrEqualTo(claimedAt.plus(config.lease()).minus(Duration.ofSeconds(1)));
        assertThat(held.version).isGreaterThan(versionBefore);
        assertThat(due.claim()).noneMatch(t -> t.accountId() == accountId);

        // The claimed validators reach the fetch: the unchanged page answers 304.
        ScanReport report = scanner.scan(mine.get());
        assertThat(report.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(site.lastRequestHeaders(w.path()).getFirst("If-None-Match")).isEqualTo(FixtureServer.etagOf(page));
    }

    @Test
    void accountWithoutGoodSnapshotIsClaimedWithoutValidators() {
        Watchlist.Watched w = Watchlist.watch(site, "Unread");
        long accountId = given().get("/api/creators/" + w.creatorId()).then().extract().jsonPath()
                .getLong("accounts[0].id");
        makeDue(accountId, Instant.parse("2000-01-01T00:00:01Z"));
        assertThat(due.claim()).filteredOn(t -> t.accountId() == accountId)
                .singleElement().extracting(ScanTarget::validators).isEqualTo(Validators.NONE);
    }

    @Test
    void claimCarriesTheNewestFollowerSampleAndTheStoredPictureOfEachAccount() {
        long sampled = accountOf(Watchlist.watch(site, "Sampled"));
        long fresh = accountOf(Watchlist.watch(site, "Fresh"));
        Instant older = Instant.parse("2026-11-01T00:00:00Z");
        Instant newer = Instant.parse("2026-11-02T00:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            FollowerSampleRecord.of(sampled, Platform.WEB, newer,
                    new FollowerSampler.Outcome(new FollowerSample(20, 5), 100, null)).persist();
            FollowerSampleRecord.of(sampled, Platform.WEB, older,
                    new FollowerSampler.Outcome(new FollowerSample(10, 2), 50, null)).persist();
            AccountAvatar picture = new AccountAvatar();
            picture.accountId = sampled;
            picture.avatarUrl = "https://cdn.example/sampled.jpg";
            picture.urlKey = "https://cdn.example/sampled.jpg";
            picture.status = AvatarStatus.HASHED;
            picture.hash = 42L;
            picture.checkedAt = newer;
            picture.persist();
        });
        makeDue(sampled, Instant.parse("2000-01-01T00:00:02Z"));
        makeDue(fresh, Instant.parse("2000-01-01T00:00:03Z"));

        List<ScanTarget> claimed = due.claim();
        assertThat(claimed).filteredOn(t -> t.accountId() == sampled).singleElement().satisfies(t -> {
            assertThat(t.followers()).isEqualTo(new SampleStatus(newer, new FollowerSample(20, 5)));
            assertThat(t.avatar()).isEqualTo(new StoredAvatar("https://cdn.example/sampled.jpg", 42L, null));
        });
        assertThat(claimed).filteredOn(t -> t.accountId() == fresh).singleElement().satisfies(t -> {
            assertThat(t.followers()).isEqualTo(SampleStatus.NONE);
            assertThat(t.avatar()).isNull();
        });
    }

    private static long accountOf(Watchlist.Watched w) {
        return given().get("/api/creators/" + w.creatorId()).then().extract().jsonPath().getLong("accounts[0].id");
    }

    /** Makes the account due at {@code at}; returns its version. */
    private static long makeDue(long accountId, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account a = Account.findById(accountId);
            a.nextScanAt = at;
            Account.flush();
            return a.version;
        });
    }
}

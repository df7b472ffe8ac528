package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages that are about the page, not the account: never a profile, never zero counts. */
class PageOutcomesTest {

    private final ProfilePageReaders reader = new ProfilePageReaders();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
            "instagram-login-wall.html, INSTAGRAM, LOGIN_WALL",
            "instagram-zero-behind-login.html, INSTAGRAM, LOGIN_WALL",
            "instagram-not-found.html, INSTAGRAM, NOT_FOUND",
            "x-suspended.html, X, SUSPENDED",
            "x-doesnt-exist.html, X, NOT_FOUND",
            "tiktok-not-found.html, TIKTOK, NOT_FOUND",
            "challenge.html, WEB, LOGIN_WALL",
            "nothing.html, WEB, PARSE_FAILURE",
    })
    void pageLevelOutcomes(String fixture, Platform platform, FetchOutcome expected) {
        ParseResult result = reader.read(platform, "https://example.com/someone", SavedPages.fixture(fixture));
        assertThat(result.outcome()).as(result.detail()).isEqualTo(expected);
        assertThat(result.profile()).isNull();
        assertThat(result.detail()).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void aLoginModalOverRealCountsStillReadsTheProfile() {
        String html = SavedPages.fixture("instagram-zero-behind-login.html")
                .replace("0 Followers, 0 Following, 0 Posts", "1,024 Followers, 12 Following, 33 Posts");
        ParseResult result = reader.read(Platform.INSTAGRAM, "https://www.instagram.com/yukatanaka/", html);
        assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(result.profile().followers()).isEqualTo(1024L);
    }

    @org.junit.jupiter.api.Test
    void emptyAndBlankPagesAreParseFailures() {
        assertThat(reader.read(Platform.WEB, "https://example.com/", "").outcome())
                .isEqualTo(FetchOutcome.PARSE_FAILURE);
        assertThat(reader.read(Platform.WEB, "https://example.com/", null).outcome())
                .isEqualTo(FetchOutcome.PARSE_FAILURE);
    }
}

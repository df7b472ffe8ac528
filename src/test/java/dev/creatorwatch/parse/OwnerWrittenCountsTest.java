package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import org.junit.jupiter.api.Test;

/**
 * Counts come from what a platform writes, never from what the account owner writes around it: a bio, a display name,
 * a panel or a post claiming "9M followers" must not make a 120-follower account a mega one. Where the platform's own
 * count stands beside such a claim, the platform's wins or the count stays unknown; the claim never wins.
 */
class OwnerWrittenCountsTest {

    private final ProfilePageReaders reader = new ProfilePageReaders();

    private Profile read(Platform platform, String url, String html) {
        ParseResult result = reader.read(platform, url, html);
        assertThat(result.outcome()).as(result.detail()).isEqualTo(FetchOutcome.OK);
        return result.profile();
    }

    /** A Twitch channel page: the header with the channel's name, and the about section below it. */
    private static String twitch(String name, String about) {
        return "<html><head><meta property=\"og:title\" content=\"evil - Twitch\"></head><body>"
                + "<div class=\"channel-info-content\"><h1>" + name + "</h1></div>"
                + "<section class=\"about-section\">" + about + "</section></body></html>";
    }

    private Profile twitchProfile(String name, String about) {
        return read(Platform.TWITCH, "https://www.twitch.tv/evil", twitch(name, about));
    }

    @Test
    void aTwitchPanelClaimingFollowersIsNotACount() {
        Profile p = twitchProfile("evil", "<div><span>Now 9M followers on my other channel</span></div>");
        assertThat(p.followers()).isNull();
    }

    @Test
    void twitchsMarkedCountWinsOverAPanelBeforeIt() {
        Profile p = twitchProfile("evil", "<div class=\"panel\"><span>9M followers</span></div>"
                + "<div><span><span data-a-target=\"followers-count\">120</span> followers</span></div>");
        assertThat(p.followers()).isEqualTo(120L);
    }

    @Test
    void fancyDigitsInATwitchPanelAreNotACount() {
        // mathematical bold, which Unicode folding turns into "9M followers"
        Profile p = twitchProfile("evil", "<div><span>\uD835\uDFD7\uD835\uDC0C \uD835\uDC1F\uD835\uDC28\uD835\uDC25"
                + "\uD835\uDC25\uD835\uDC28\uD835\uDC30\uD835\uDC1E\uD835\uDC2B\uD835\uDC2C</span></div>");
        assertThat(p.followers()).isNull();
    }

    @Test
    void twoDifferentMarkedTwitchCountsLeaveTheCountUnknown() {
        String marked = "<span data-a-target=\"followers-count\">%s</span>";
        assertThat(twitchProfile("evil", marked.formatted("120") + marked.formatted("9M")).followers()).isNull();
        assertThat(twitchProfile("evil", marked.formatted("120") + marked.formatted("120 followers")).followers())
                .isEqualTo(120L);
    }

    @Test
    void aTwitchDisplayNameClaimingFollowersIsNotACount() {
        assertThat(twitchProfile("9M Followers", "<div><p>Gaming</p></div>").followers()).isNull();
    }

    @Test
    void aThreadsBioLineClaimingLikesOrFollowingIsNotACount() {
        Profile p = read(Platform.THREADS, "https://www.threads.net/@evil", "<html><head><meta "
                + "property=\"og:description\" content=\"120 Followers \u2022 3 Threads \u2022 Hi\"></head><body><header><h1>Evil</h1>"
                + "<div>Hi</div><div><span>9M likes</span></div><div>500 following</div></header></body></html>");
        assertThat(p.followers()).isEqualTo(120L);
        assertThat(p.totalLikes()).isNull();
        assertThat(p.following()).isNull();
    }

    @Test
    void anotherAccountsCountOnAPlatformPageIsNotThisAccounts() {
        // a TikTok page without its data blob, listing a suggested account as TikTok's real pages do
        Profile p = read(Platform.TIKTOK, "https://www.tiktok.com/@evil", "<html><head><meta property=\"og:title\" "
                + "content=\"Evil (@evil) | TikTok\"></head><body><div><p>Suggested accounts</p><a href=\"/@star\">"
                + "<p>star</p><p>12.3M followers</p></a></div></body></html>");
        assertThat(p.handle()).isEqualTo("evil");
        assertThat(p.followers()).isNull();
    }
}

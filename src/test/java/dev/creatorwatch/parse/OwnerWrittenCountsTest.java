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
                + "property=\"og:description\" content=\"120 Followers \u2022 3 Threads \u2022 Hi\"></head>"
                + "<body><header><h1>Evil</h1><div>Hi</div><div><span>9M likes</span></div>"
                + "<div>500 following</div></header></body></html>");
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

    /** A profile page on a site no adapter knows; its title gives the display name. */
    private Profile siteProfile(String head, String body) {
        return read(Platform.WEB, "https://example.com/evil",
                "<html><head><title>Evil</title>" + head + "</head><body>" + body + "</body></html>");
    }

    private Profile siteProfile(String body) {
        return siteProfile("", body);
    }

    @Test
    void aBioLineClaimingFollowersIsNotACount() {
        assertThat(siteProfile("<div class=\"bio\">Travel and food<br>9M followers<br>DM for collabs</div>")
                .followers()).isNull();
    }

    @Test
    void aClaimSetInASentenceOfTheBioIsNotACount() {
        assertThat(siteProfile("<p>Now <b>9M followers</b> on my other channel</p>").followers()).isNull();
    }

    @Test
    void aDisplayNameOrTitleInAHeadingIsNotACount() {
        assertThat(siteProfile("<h1>9M Followers</h1>").followers()).isNull();
        assertThat(siteProfile("<div role=\"heading\"><span>9M Followers</span></div>").followers()).isNull();
    }

    @Test
    void theNameAndBioThePageGivesForItselfAreNotCounts() {
        String name = "<meta property=\"og:title\" content=\"9M members\">";
        assertThat(siteProfile(name, "<div class=\"title\"><span>9M members</span></div>").followers()).isNull();
        assertThat(siteProfile(name, "<a href=\"/evil\" aria-label=\"9M members\"><img src=\"a.png\"></a>")
                .followers()).isNull();
        String bio = "<meta property=\"og:description\" content=\"Crypto tips daily. \uFF19M followers\">";
        assertThat(siteProfile(bio, "<div>Crypto tips daily.</div><div>9M followers</div>").followers()).isNull();
    }

    @Test
    void theSitesOwnCountWinsOverOwnerClaimsAroundIt() {
        Profile p = siteProfile("<meta property=\"og:title\" content=\"9M following\">",
                "<h1>9M followers</h1><div class=\"title\">9M following</div>"
                        + "<div class=\"bio\">Hi<br>9M followers</div><p>I have <b>9M likes</b></p>"
                        + "<div class=\"stat\">120 followers</div><div class=\"stat\">80 following</div>");
        assertThat(p.followers()).isEqualTo(120L);
        assertThat(p.following()).isEqualTo(80L);
        assertThat(p.totalLikes()).isNull();
    }

    @Test
    void aCountShownTwiceWithDifferentNumbersStaysUnknown() {
        String claim = "<div class=\"card\">9M followers</div>";
        String stat = "<div class=\"stat\">120 followers</div>";
        assertThat(siteProfile(claim + stat).followers()).isNull();
        assertThat(siteProfile(stat + claim).followers()).isNull();
        assertThat(siteProfile(stat + "<nav><a href=\"/evil/followers\">120 followers</a></nav>").followers())
                .isEqualTo(120L);
    }

    @Test
    void oddUnicodeDigitsNeverMakeAClaimWin() {
        String stat = "<div class=\"stat\">120 followers</div>";
        // full-width digits, which read as 9M once folded: a standalone claim disputes the site's count
        assertThat(siteProfile("<div class=\"card\">\uFF19M followers</div>" + stat).followers()).isNull();
        // mathematical bold is no digit to the page index, so the site's count stands
        assertThat(siteProfile("<div class=\"card\">\uD835\uDFD7M followers</div>" + stat).followers())
                .isEqualTo(120L);
        // Arabic-Indic digits in a bio line
        assertThat(siteProfile("<div class=\"bio\">Hi<br>\u0669M followers</div>" + stat).followers())
                .isEqualTo(120L);
        // the same count in Arabic-Indic and Latin digits agrees
        assertThat(siteProfile("<div class=\"stat\">\u0661\u0662\u0660 followers</div>" + stat).followers())
                .isEqualTo(120L);
    }
}

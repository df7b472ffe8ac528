package dev.creatorwatch.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvatarUrlsTest {

    @Test
    void cdnSigningParametersDoNotMakeANewPicture() {
        URI a = URI.create("https://scontent-nrt1-1.cdninstagram.com/v/t51.2885-19/4512_n.jpg?stp=dst-jpg_s320x320"
                + "&_nc_ht=scontent-nrt1-1.cdninstagram.com&_nc_ohc=abc&oh=00_AfB1&oe=6750A1B2");
        URI b = URI.create("https://scontent-nrt1-1.cdninstagram.com/v/t51.2885-19/4512_n.jpg?stp=dst-jpg_s320x320"
                + "&_nc_ht=scontent-nrt1-1.cdninstagram.com&_nc_ohc=xyz&oh=00_ZZZ9&oe=6760FFFF");
        assertThat(AvatarUrls.key(a)).isEqualTo(AvatarUrls.key(b))
                .isEqualTo("https://scontent-nrt1-1.cdninstagram.com/v/t51.2885-19/4512_n.jpg?stp=dst-jpg_s320x320");
        URI tiktok = URI.create("https://p16-sign-va.tiktokcdn.com/tos-maliva/abc~c5_1080x1080.jpeg"
                + "?x-expires=1765000000&x-signature=Q%2Fz");
        assertThat(AvatarUrls.key(tiktok)).isEqualTo("https://p16-sign-va.tiktokcdn.com/tos-maliva/abc~c5_1080x1080.jpeg");
    }

    @Test
    void parametersThatChooseThePictureAreKept() {
        assertThat(AvatarUrls.key(URI.create("https://example.com/avatar.php?id=5#top")))
                .isEqualTo("https://example.com/avatar.php?id=5");
        assertThat(AvatarUrls.key(URI.create("https://example.com/avatar.php?id=5")))
                .isNotEqualTo(AvatarUrls.key(URI.create("https://example.com/avatar.php?id=6")));
    }

    @Test
    void relativeAddressesResolveAgainstThePageAndOnlyHttpIsFetched() {
        assertThat(AvatarUrls.resolve("/img/a.png", "https://site.example/u/yuka"))
                .isEqualTo(URI.create("https://site.example/img/a.png"));
        assertThat(AvatarUrls.resolve("//cdn.example/a.png", "https://site.example/u/yuka"))
                .isEqualTo(URI.create("https://cdn.example/a.png"));
        assertThat(AvatarUrls.resolve("javascript:alert(1)", "https://site.example/")).isNull();
        assertThat(AvatarUrls.resolve("ftp://site.example/a.png", null)).isNull();
        assertThat(AvatarUrls.resolve("/a.png", null)).isNull();
        assertThat(AvatarUrls.resolve("https://exa mple.com/a.png", null)).isNull();
    }

    @Test
    void platformDefaultsAreRecognisedByTheirAddress() {
        List<String> markers = List.of("default_profile_images/", "/avatars/original/missing.png");
        assertThat(AvatarUrls.isPlatformDefault(
                URI.create("https://abs.twimg.com/sticky/default_profile_images/default_profile_400x400.png"), markers))
                .isTrue();
        assertThat(AvatarUrls.isPlatformDefault(URI.create("https://mastodon.social/avatars/original/missing.png"),
                markers)).isTrue();
        assertThat(AvatarUrls.isPlatformDefault(URI.create("https://pbs.twimg.com/profile_images/1/a_400x400.jpg"),
                markers)).isFalse();
    }
}

package dev.creatorwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.avatar.SafeImageDecoder;
import dev.creatorwatch.rules.impersonation.PerceptualHash;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The demo's impersonator shows a re-upload of Mika's picture: another file, the same picture by its hash. */
class DemoAvatarsTest {

    private static PerceptualHash.Result hash(String file) throws Exception {
        try (InputStream in = DemoAvatarsTest.class.getResourceAsStream("/demo-site/avatars/" + file)) {
            return PerceptualHash.hash(SafeImageDecoder.decode(in.readAllBytes(), 1_000_000).image());
        }
    }

    @Test
    void theReuploadIsWithinTheRuleThresholdOfTheOriginal() throws Exception {
        PerceptualHash.Result original = hash("mika.png");
        PerceptualHash.Result copy = hash("mika-reupload.jpg");
        assertThat(original.blank()).isFalse();
        assertThat(PerceptualHash.distance(original.hash(), copy.hash())).isLessThanOrEqualTo(6);
        DemoProfile mika = DemoCatalog.profile("instagram", "mika.travels").orElseThrow();
        assertThat(DemoSiteResource.render(mika, 0)).contains("\"profile_pic_url_hd\":\"/demo-site/avatars/mika.png\"");
        assertThat(DemoSiteResource.render(DemoCatalog.profile("instagram", "glowwithnora").orElseThrow(), 0))
                .contains("\"profile_pic_url_hd\":null");
    }
}

package dev.creatorwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.fetch.FetchOutcome;
import dev.creatorwatch.parse.ParseResult;
import dev.creatorwatch.parse.Profile;
import dev.creatorwatch.parse.ProfilePageReaders;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's pages read back as the catalog wrote them: names and bios arrive as text, not as "&amp;rarr;", whether
 * the reader takes them from an HTML attribute or from JSON inside a script. A name or bio made to break out of
 * either stays text.
 */
class DemoSiteResourceTest {

    private static final String HOSTILE_NAME = "Eve \"</script><script>alert(1)</script> <!-- \\ \u2028 x";
    private static final String HOSTILE_BIO = "a\" onload=\"alert(2)\" x=\"</script><img src=x onerror=alert(3)>"
            + " &amp; \u2192 \u2022 \\\" ]}};alert(4)// ${handle}";

    private final ProfilePageReaders reader = new ProfilePageReaders();
    private final ObjectMapper json = new ObjectMapper();

    static Stream<Named<DemoProfile>> catalog() {
        return DemoCatalog.PROFILES.values().stream().sorted(Comparator.comparing(DemoProfile::path))
                .map(p -> Named.of(p.path(), p));
    }

    /** Every page shape of the catalog with a name and bio written to break out of HTML, JSON and script. */
    static Stream<Named<DemoProfile>> hostile() {
        return DemoCatalog.PROFILES.values().stream().map(DemoProfile::template).distinct().sorted()
                .map(template -> Named.of(template, new DemoProfile(template.substring(0, template.indexOf('-')),
                        "eve", HOSTILE_NAME, HOSTILE_BIO, "https://eve.example/?a=1&b=</script>", false, template,
                        List.of(1_234L), 5, 6, List.of(7L))));
    }

    private Profile read(DemoProfile p) {
        Platform platform = Platform.fromName(p.platform()).orElseThrow();
        ParseResult result = reader.read(platform, "http://localhost:8080" + p.path(), DemoSiteResource.render(p, 0));
        assertThat(result.outcome()).as(p.path() + ": " + result.detail()).isEqualTo(FetchOutcome.OK);
        return result.profile();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void namesAndBiosReadBackAsWritten(DemoProfile p) {
        Profile read = read(p);
        assertThat(read.displayName()).isEqualTo(p.name());
        assertThat(read.bio()).isEqualTo(p.bio());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aNameOrBioCannotBreakOutOfItsPlace(DemoProfile p) throws Exception {
        String page = DemoSiteResource.render(p, 0);
        Document doc = Jsoup.parse(page);
        Document plain = Jsoup.parse(DemoSiteResource.render(new DemoProfile(p.platform(), "eve", "Eve", "bio",
                null, false, p.template(), List.of(1_234L), 5, 6, List.of(7L)), 0));
        assertThat(doc.select("script")).as("no script ended or added").hasSameSizeAs(plain.select("script"));
        assertThat(doc.select("img, [onload], [onerror]")).isEmpty();
        assertThat(doc.getAllElements()).hasSameSizeAs(plain.getAllElements());
        for (Element script : doc.select("script[type$=json]")) {
            assertThat(json.readTree(script.data()).toString()).as("valid JSON").contains("Eve");
        }
        Profile read = read(p);
        assertThat(read.displayName()).isEqualTo(HOSTILE_NAME);
        assertThat(read.bio()).isEqualTo(HOSTILE_BIO);
    }
}

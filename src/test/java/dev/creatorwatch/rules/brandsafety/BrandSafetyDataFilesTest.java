package dev.creatorwatch.rules.brandsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandSafetyDataFilesTest {

    @Test
    void shippedLexiconsAndProfilesLoadAndCoverEveryCategoryInBothLanguages() {
        BrandSafetyLibrary lib = BrandSafetyLibrary.load(Path.of("rules/brandsafety"));
        assertThat(lib.profiles()).containsKeys("default", "family-safe", "alcohol-brand");
        Map<GarmCategory, Integer> en = new EnumMap<>(GarmCategory.class);
        Map<GarmCategory, Integer> ja = new EnumMap<>(GarmCategory.class);
        for (LexiconEntry e : lib.lexicon().entries()) {
            (e.source().contains("/ja.") ? ja : en).merge(e.category(), 1, Integer::sum);
        }
        for (GarmCategory c : GarmCategory.values()) {
            assertThat(en.getOrDefault(c, 0)).as("English terms for " + c).isGreaterThanOrEqualTo(10);
            assertThat(ja.getOrDefault(c, 0)).as("Japanese terms for " + c).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void lexiconErrorsNameFileAndLine() {
        assertThatThrownBy(() -> LexiconFileReader.read("x.lexicon.txt", "# c\nporn | adultt | floor"))
                .hasMessageContaining("x.lexicon.txt:2").hasMessageContaining("unknown category 'adultt'");
        assertThatThrownBy(() -> LexiconFileReader.read("x.lexicon.txt", "porn | adult | severe"))
                .hasMessageContaining("x.lexicon.txt:1").hasMessageContaining("unknown level 'severe'");
        assertThatThrownBy(() -> LexiconFileReader.read("x.lexicon.txt", "porn adult floor"))
                .hasMessageContaining("expected 'term | category | level | exceptions'");
        assertThatThrownBy(() -> LexiconFileReader.read("x.lexicon.txt", "gun | arms | medium | glue stick"))
                .hasMessageContaining("does not contain the term 'gun'");
        assertThatThrownBy(() -> LexiconFileReader.read("x.lexicon.txt", "weed | drugs | high\nＷＥＥＤ | drugs | low"))
                .hasMessageContaining("x.lexicon.txt:2").hasMessageContaining("already listed");
        assertThatThrownBy(() -> LexiconFileReader.read("x.lexicon.txt", "!!! | drugs | high"))
                .hasMessageContaining("no letters or digits");
    }

    @Test
    void lexiconReadsExceptionsAndComments() {
        var entries = LexiconFileReader.read("x.lexicon.txt", """
                # comment
                gun | arms | medium | glue gun;  nail gun ;
                大麻 | drugs | high
                """);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).exceptions()).containsExactly("glue gun", "nail gun");
        assertThat(entries.get(1).category()).isEqualTo(GarmCategory.DRUGS);
        assertThat(entries.get(1).source()).isEqualTo("x.lexicon.txt:3");
    }

    @Test
    void profileReaderChecksNamesCategoriesAndLevels() {
        SuitabilityProfile p = SuitabilityProfileReader.read("s/beer.profile.json",
                "{\"name\":\"beer\",\"defaultMinimumLevel\":\"medium\",\"minimumLevel\":{\"drugs\":\"high\"}}");
        assertThat(p.alerts(GarmCategory.DRUGS, RiskLevel.MEDIUM)).isFalse();
        assertThat(p.alerts(GarmCategory.DRUGS, RiskLevel.HIGH)).isTrue();
        assertThat(p.alerts(GarmCategory.ADULT, RiskLevel.MEDIUM)).isTrue();
        assertThat(p.alerts(GarmCategory.ADULT, RiskLevel.LOW)).isFalse();
        SuitabilityProfile onlyFloor = SuitabilityProfileReader.read("lax.profile.json",
                "{\"name\":\"lax\",\"defaultMinimumLevel\":\"floor\"}");
        assertThat(onlyFloor.alerts(GarmCategory.HATE, RiskLevel.HIGH)).isFalse();
        assertThat(onlyFloor.alerts(GarmCategory.HATE, RiskLevel.FLOOR)).isTrue();

        assertThatThrownBy(() -> SuitabilityProfileReader.read("a.profile.json",
                "{\"name\":\"b\",\"defaultMinimumLevel\":\"low\"}")).hasMessageContaining("must match the file name");
        assertThatThrownBy(() -> SuitabilityProfileReader.read("a.profile.json",
                "{\"name\":\"a\",\"defaultMinimumLevel\":\"low\",\"minimumLevel\":{\"alcohol\":\"high\"}}"))
                .hasMessageContaining("unknown category 'alcohol'");
        assertThatThrownBy(() -> SuitabilityProfileReader.read("a.profile.json",
                "{\"name\":\"a\",\"defaultMinimumLevel\":\"hgh\"}")).hasMessageContaining("defaultMinimumLevel");
        assertThatThrownBy(() -> SuitabilityProfileReader.read("a.profile.json",
                "{\"name\":\"a\",\"defaultMinimumLevel\":\"low\",\"extra\":1}")).hasMessageContaining("unknown field");
        assertThatThrownBy(() -> SuitabilityProfileReader.read("a.profile.json", "{\"name\":"))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aBrokenFileRefusesTheWholeLoad(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lexicons"));
        Files.createDirectories(dir.resolve("suitability"));
        Files.writeString(dir.resolve("lexicons/en.lexicon.txt"), "porn | adult | floor\nweed | drugs | hi\n");
        assertThatThrownBy(() -> BrandSafetyLibrary.load(dir)).isInstanceOf(BrandSafetyDataException.class)
                .hasMessageContaining("brandsafety/lexicons/en.lexicon.txt:2");
        assertThatThrownBy(() -> BrandSafetyLibrary.load(dir.resolve("missing")))
                .hasMessageContaining("does not exist");
    }
}

package dev.creatorwatch.rules.brandsafety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static String norm(String s) {
        return TextNormalizer.normalize(s).text();
    }

    @Test
    void foldsCaseWidthAndCompatibilityForms() {
        assertThat(norm("ＰＯＲＮ Hub")).isEqualTo("porn hub");
        assertThat(norm("ｺｶｲﾝ")).isEqualTo("コカイン");
        assertThat(norm("𝐏𝐨𝐫𝐧")).isEqualTo("porn");
        assertThat(norm("Ⓦⓔⓔⓓ")).isEqualTo("weed");
    }

    @Test
    void stripsAccentsAndStackedMarksButKeepsJapaneseSoundMarks() {
        assertThat(norm("pórn")).isEqualTo("porn");
        assertThat(norm("p̶o̶r̶n̶")).isEqualTo("porn");
        assertThat(norm("ドラッグ")).isEqualTo("ドラッグ");
        assertThat(norm("ﾄﾞﾗｯｸﾞ")).isEqualTo("ドラッグ");
    }

    @Test
    void undoesLeetspeakInsideLatinWordsOnly() {
        assertThat(norm("c0ca1ne")).isEqualTo("cocaine");
        assertThat(norm("p0rn")).isEqualTo("porn");
        assertThat(norm("$ex")).isEqualTo("sex");
        assertThat(norm("h@te")).isEqualTo("hate");
        assertThat(norm("Tokyo 2024 @mika #travel $5")).isEqualTo("tokyo 2024 mika travel 5");
        assertThat(norm("blaze420")).isEqualTo("blaze420");
        assertThat(norm("wow!")).isEqualTo("wow");
    }

    @Test
    void mapsCyrillicLookalikesOnlyInWordsWithLatinLetters() {
        assertThat(norm("рorn")).isEqualTo("porn"); // Cyrillic р
        assertThat(norm("сосaine")).isEqualTo("cocaine");
        assertThat(norm("рот")).isEqualTo("рот"); // Russian word stays Russian
    }

    @Test
    void joinsSpreadOutLetters() {
        assertThat(norm("p.o.r.n")).isEqualTo("porn");
        assertThat(norm("w-e-e-d")).isEqualTo("weed");
        assertThat(norm("c o c a i n e")).isEqualTo("cocaine");
        assertThat(norm("コ・カ・イ・ン")).isEqualTo("コカイン");
        assertThat(norm("a.m. start")).isEqualTo("a m start");
    }

    @Test
    void dropsInvisibleCharactersAndPunctuation() {
        assertThat(norm("por\u200Bn")).isEqualTo("porn");
        assertThat(norm("co\u00ADcaine")).isEqualTo("cocaine");
        assertThat(norm("  🌿weed🌿  —  420!! ")).isEqualTo("weed 420");
    }

    @Test
    void tracesEveryCharacterBackToTheOriginal() {
        NormalizedText n = TextNormalizer.normalize("Buy ｃ0ｃａ1ｎｅ now");
        int start = n.text().indexOf("cocaine");
        assertThat(n.originalOf(start, start + "cocaine".length())).isEqualTo("ｃ0ｃａ1ｎｅ");
        NormalizedText spread = TextNormalizer.normalize("x p.o.r.n y");
        int s = spread.text().indexOf("porn");
        assertThat(spread.originalOf(s, s + 4)).isEqualTo("p.o.r.n");
    }

    @Test
    void handlesNullEmptyAndHostileInput() {
        assertThat(norm(null)).isEmpty();
        assertThat(norm("")).isEmpty();
        assertThat(norm("\uD800 lone surrogate \uDFFF")).isEqualTo("lone surrogate");
        String huge = "a".repeat(1_000_000);
        assertThat(norm(huge)).hasSize(TextNormalizer.MAX_INPUT_CHARS);
        String zalgo = "p" + "\u0336".repeat(5000) + "orn";
        assertThat(norm(zalgo)).isEqualTo("porn");
        assertThat(norm("'; DROP TABLE alerts; --<script>")).isEqualTo("drop table alerts script");
    }
}

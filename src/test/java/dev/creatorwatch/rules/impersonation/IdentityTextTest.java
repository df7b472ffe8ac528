package dev.creatorwatch.rules.impersonation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityTextTest {

    @Test
    void lookalikesShareOneSkeleton() {
        String real = IdentityText.skeleton("yukatanaka");
        assertThat(IdentityText.skeleton("YukaTanaka")).isEqualTo(real);
        assertThat(IdentityText.skeleton("yukаtanaka")).as("Cyrillic a").isEqualTo(real);
        assertThat(IdentityText.skeleton("yukαtαnαkα")).as("Greek alpha").isEqualTo(real);
        assertThat(IdentityText.skeleton("ｙｕｋａｔａｎａｋａ")).as("full-width").isEqualTo(real);
        assertThat(IdentityText.skeleton("yuka\u200Dtanaka")).as("zero-width joiner").isEqualTo(real);
        assertThat(IdentityText.skeleton("yuka.tanaka")).as("separator").isEqualTo(real);
        assertThat(IdentityText.skeleton("yükatanaka")).as("accent").isEqualTo(real);
        assertThat(IdentityText.skeleton("yukatanak4")).as("digit for letter").isEqualTo(real);
    }

    @Test
    void icuMissesAreCovered() {
        assertThat(IdentityText.skeleton("rnaria")).isEqualTo(IdentityText.skeleton("maria"));
        assertThat(IdentityText.skeleton("vvendy")).isEqualTo(IdentityText.skeleton("wendy"));
        assertThat(IdentityText.skeleton("clavid")).isEqualTo(IdentityText.skeleton("david"));
        assertThat(IdentityText.skeleton("bi11ie")).isEqualTo(IdentityText.skeleton("billie"));
        assertThat(IdentityText.skeleton("b0b")).isEqualTo(IdentityText.skeleton("bob"));
        assertThat(IdentityText.skeleton("lucia")).isNotEqualTo(IdentityText.skeleton("luda"));
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(IdentityText.skeleton("yuka")).isNotEqualTo(IdentityText.skeleton("yuna"));
        assertThat(IdentityText.skeleton("tim")).isNotEqualTo(IdentityText.skeleton("tom"));
    }

    @Test
    void findsHiddenCharacters() {
        assertThat(IdentityText.invisibleCharacters("yuka\u200Dtanaka")).containsExactly("U+200D ZERO WIDTH JOINER");
        assertThat(IdentityText.invisibleCharacters("abc\u202Efed")).hasSize(1).first().asString().contains("RIGHT-TO-LEFT OVERRIDE");
        assertThat(IdentityText.invisibleCharacters("yuka\uFE0F")).hasSize(1);
        assertThat(IdentityText.invisibleCharacters("yukatanaka")).isEmpty();
        assertThat(IdentityText.invisibleCharacters(null)).isEmpty();
    }

    @Test
    void flagsLatinMixedWithCyrillicButNotJapanese() {
        assertThat(IdentityText.suspiciousScriptMix("yukаtanaka")).containsExactly("Latin", "Cyrillic");
        assertThat(IdentityText.suspiciousScriptMix("田中ゆかtanaka")).isEmpty();
        assertThat(IdentityText.suspiciousScriptMix("yukatanaka")).isEmpty();
        assertThat(IdentityText.suspiciousScriptMix("юка")).isEmpty();
    }

    @Test
    void hostileInputIsBoundedAndSafe() {
        String huge = "a\u0301".repeat(200_000) + "\uD800";
        assertThat(IdentityText.skeleton(huge).length()).isLessThanOrEqualTo(IdentityText.MAX_INPUT);
        assertThat(IdentityText.skeleton(null)).isEmpty();
        assertThat(IdentityText.tokens("'; DROP TABLE accounts;--")).containsExactly("drop", "table", "accounts");
        assertThat(IdentityText.skeleton("\u200B\u200D\u202E")).isEmpty();
    }
}

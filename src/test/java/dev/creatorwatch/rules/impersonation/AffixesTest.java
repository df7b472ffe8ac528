package dev.creatorwatch.rules.impersonation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AffixesTest {

    private final Affixes affixes = new Affixes(ImpersonationSettings.DEFAULT_AFFIXES, 3);

    private Affixes.Stripped strip(String handle) {
        return affixes.strip(IdentityText.tokens(handle));
    }

    @Test
    void stripsSeparatedAndGluedAffixesAndDigits() {
        assertThat(strip("yuka.tanaka_official").core()).isEqualTo(IdentityText.skeleton("yukatanaka"));
        assertThat(strip("yuka.tanaka_official").removed()).containsExactly("official");
        assertThat(strip("therealyukatanaka").core()).isEqualTo(IdentityText.skeleton("yukatanaka"));
        assertThat(strip("yukatanakajp2024").removed()).containsExactly("2024", "jp");
        assertThat(strip("yukatanaka__tv").core()).isEqualTo(IdentityText.skeleton("yukatanaka"));
        assertThat(strip("bluebottle_support_help").core()).isEqualTo(IdentityText.skeleton("bluebottle"));
    }

    @Test
    void keepsAShortCore() {
        assertThat(strip("thea").core()).isEqualTo(IdentityText.skeleton("thea"));
        assertThat(strip("real_official").core()).isEqualTo(IdentityText.skeleton("realofficial"));
        assertThat(strip("tim2").core()).isEqualTo(IdentityText.skeleton("tim"));
        assertThat(strip("ab12").core()).isEqualTo(IdentityText.skeleton("ab12"));
    }

    @Test
    void affixWordsAreMatchedBySkeletonSoCaseAndWidthDoNotMatter() {
        Affixes custom = new Affixes(List.of("OFFICIAL", " ｓｈｏｐ "), 3);
        assertThat(custom.strip(IdentityText.tokens("nike_official_shop")).core())
                .isEqualTo(IdentityText.skeleton("nike"));
    }
}

package dev.creatorwatch.rules.brandsafety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching semantics on a small hand-made lexicon, so each case shows one rule of the matcher. */
class LexiconTest {

    private static final Lexicon LEXICON = new Lexicon(LexiconFileReader.read("test.lexicon.txt", """
            porn | adult | floor |
            sex | adult | medium |
            weed | drugs | high | weed killer
            cocaine | drugs | floor |
            drug | drugs | medium | drug store; drug free
            drug dealer* | drugs | floor |
            gun | arms | medium | glue gun; massage gun
            shot | death_injury_conflict | low | photo shot*; shot on; head shot*
            kill* | death_injury_conflict | low | kill it; killing it; killed it
            ass | obscenity | low |
            大麻 | drugs | high |
            シャブ | drugs | floor |
            ヤク | drugs | high |
            死 | death_injury_conflict | low |
            薬 | drugs | low | 薬局
            テロ | terrorism | high |
            """));

    private static List<String> terms(String text) {
        return LEXICON.find(text).stream().map(m -> m.entry().term()).toList();
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(terms("Essex and Sussex")).isEmpty();
        assertThat(terms("class assignment in Scunthorpe")).isEmpty();
        assertThat(terms("sex")).containsExactly("sex");
        assertThat(terms("#porn")).containsExactly("porn");
        assertThat(terms("free_porn_here")).containsExactly("porn");
    }

    @Test
    void seesThroughObfuscation() {
        assertThat(terms("c0ca1ne")).containsExactly("cocaine");
        assertThat(terms("p.o.r.n")).containsExactly("porn");
        assertThat(terms("pooorn")).containsExactly("porn");
        assertThat(terms("ＷＥＥＥＥＤ")).containsExactly("weed");
        assertThat(terms("рorn")).containsExactly("porn");
    }

    @Test
    void repeatedLettersMustReachTheTermsOwnCount() {
        assertThat(terms("we wed in June")).isEmpty();
        assertThat(terms("as")).isEmpty();
        assertThat(terms("asss")).containsExactly("ass");
    }

    @Test
    void contextExceptionsSilenceHarmlessUses() {
        assertThat(terms("Hot glue gun crafts")).isEmpty();
        assertThat(terms("recovery with my massage gun")).isEmpty();
        assertThat(terms("Shot on iPhone 15")).isEmpty();
        assertThat(terms("photo shoot and photo shots all day")).isEmpty();
        assertThat(terms("headshots for actors")).isEmpty();
        assertThat(terms("killing it in ranked")).isEmpty();
        assertThat(terms("drug store makeup haul")).isEmpty();
        assertThat(terms("weed killer for the garden")).doesNotContain("weed");
        assertThat(terms("he got shot")).containsExactly("shot");
        assertThat(terms("I will kill you")).containsExactly("kill*");
        assertThat(terms("selling a gun")).containsExactly("gun");
    }

    @Test
    void prefixTermsTakeTheRestOfTheWord() {
        List<TermMatch> m = LEXICON.find("ask the drug dealers");
        assertThat(m).extracting(x -> x.entry().term()).contains("drug dealer*");
        assertThat(m).filteredOn(x -> x.entry().term().equals("drug dealer*")).first()
                .extracting(TermMatch::quoted).isEqualTo("drug dealers");
        assertThat(terms("killers")).containsExactly("kill*");
    }

    @Test
    void japaneseTermsMatchAtWordEdgesWithoutSpaces() {
        assertThat(terms("大麻を吸う")).containsExactly("大麻");
        assertThat(terms("#大麻")).containsExactly("大麻");
        assertThat(terms("ｼｬﾌﾞ売ります")).containsExactly("シャブ");
        assertThat(terms("シャブ売ります")).containsExactly("シャブ");
        assertThat(terms("テロを許さない")).containsExactly("テロ");
        assertThat(terms("コ・カ・イ・ン")).isEmpty(); // not in this small lexicon; folding alone must not invent terms
    }

    @Test
    void japaneseTermsDoNotMatchInsideLongerWords() {
        assertThat(terms("ヤクルト毎日飲んでます")).isEmpty();
        assertThat(terms("シャブシャブ食べ放題")).isEmpty();
        assertThat(terms("テロップ入れの動画編集")).isEmpty();
        assertThat(terms("必死に練習中")).isEmpty();
        assertThat(terms("近所の薬局で買った")).isEmpty();
    }

    @Test
    void reportsTheOriginalWording() {
        List<TermMatch> m = LEXICON.find("Bio: ＣＯＣＡＩＮＥ plug");
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.quoted()).isEqualTo("ＣＯＣＡＩＮＥ");
            assertThat("Bio: ＣＯＣＡＩＮＥ plug".substring(x.start(), x.end())).isEqualTo("ＣＯＣＡＩＮＥ");
        });
    }

    @Test
    void nullBlankAndHugeTextsAreSafe() {
        assertThat(LEXICON.find(null)).isEmpty();
        assertThat(LEXICON.find("   ")).isEmpty();
        assertThat(LEXICON.find("porn ".repeat(100_000))).isNotEmpty();
        assertThat(LEXICON.find("大".repeat(50_000))).isEmpty();
    }
}

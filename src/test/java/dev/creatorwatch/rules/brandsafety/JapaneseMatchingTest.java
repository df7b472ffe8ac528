package dev.creatorwatch.rules.brandsafety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Japanese word edges with the shipped lexicon: terms inside longer words must stay quiet. */
class JapaneseMatchingTest {

    private static final Lexicon LEXICON = BrandSafetyLibrary.load(Path.of("rules/brandsafety")).lexicon();

    private static List<String> terms(String text) {
        return LEXICON.find(text).stream().map(m -> m.entry().term()).toList();
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
            "大麻草を栽培, 大麻",
            "大麻栽培キット, 大麻",
            "医療大麻, 大麻",
            "覚醒剤所持で逮捕, 覚醒剤",
            "ｺｶｲﾝ, コカイン",
            "コ・カ・イ・ン, コカイン",
            "シャブ漬け, シャブ",
            "ヤク中, ヤク",
            "詐欺師, 詐欺",
            "殺すぞ, 殺す",
            "エロい, エロ",
            "ヤクザ映画, ヤクザ",
    })
    void findsTermsAtWordEdges(String text, String term) {
        assertThat(terms(text)).contains(term);
    }

    @ParameterizedTest(name = "{0} stays quiet")
    @CsvSource({
            "ワインレッドのネイル",   // ワイン inside the katakana word for wine-red
            "グロスを塗る",          // グロ inside gloss
            "カスタムPC",            // カス inside custom
            "テロップ入れ",          // テロ inside telop (captions)
            "チョンマゲ",            // チョン inside topknot
            "ヤクルト",              // ヤク inside Yakult
            "シャブシャブ",          // シャブ inside shabu-shabu
            "クソゲー",              // クソ inside kusoge (bad game), mild slang
            "麻布十番",              // 麻 of 大麻 in a place name
            "必死に練習",
            "殺人事件簿",            // exception: detective fiction
            "詐欺に注意",            // exception: warning against fraud
            "大麻取締法違反",        // exception: the law's name (news)
            "近所の薬局",
    })
    void doesNotMatchInsideLongerWords(String text) {
        assertThat(terms(text)).isEmpty();
    }
}

package dev.creatorwatch.rules.takeover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void tellsScriptsAndCommonLatinLanguagesApart() {
        assertThat(LanguageGuess.of("Slow travel and street food across Asia, this is my diary of the places", 20))
                .isEqualTo("English");
        assertThat(LanguageGuess.of("Viajes lentos y comida de la calle en Asia, este es mi diario de los lugares",
                20)).isEqualTo("Spanish");
        assertThat(LanguageGuess.of("東京在住のカフェ巡りが好きです。毎日写真を投稿しています", 10)).isEqualTo("Japanese");
        assertThat(LanguageGuess.of("我喜欢在东京的咖啡馆拍照和写日记每天更新", 10)).isEqualTo("Chinese");
        assertThat(LanguageGuess.of("Медленные путешествия и уличная еда по всей Азии", 10)).isEqualTo("Cyrillic");
        assertThat(LanguageGuess.of("서울에서 카페를 좋아하는 사진가입니다 매일 업데이트", 10)).isEqualTo("Korean");
    }

    @Test
    void saysUnclearRatherThanGuessOnLittleOrMixedText() {
        assertThat(LanguageGuess.of("hi 👋", 20)).isEqualTo(LanguageGuess.UNCLEAR);
        assertThat(LanguageGuess.of(null, 20)).isEqualTo(LanguageGuess.UNCLEAR);
        assertThat(LanguageGuess.of("Pho ramen sushi tacos burritos dumplings noodles curry", 20))
                .as("Latin letters without common words").isEqualTo(LanguageGuess.UNCLEAR);
        assertThat(LanguageGuess.of("東京 Tokyo カフェ cafe 写真 photo 毎日 daily", 10))
                .as("no script dominates").isEqualTo(LanguageGuess.UNCLEAR);
    }
}

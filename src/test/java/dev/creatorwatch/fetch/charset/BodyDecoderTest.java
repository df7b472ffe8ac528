package dev.creatorwatch.fetch.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyDecoderTest {

    private static final String JA = "ゆかのプロフィール。こんにちは、世界。日本語のプロフィールページです。"
            + "フォロワーは十二万人、投稿は三百件。今日は東京で新しいコスメを紹介しました。";
    private static final String KO = "안녕하세요 세계. 한국어 프로필 페이지입니다. 팔로워 12만 명, 게시물 300개. "
            + "오늘은 서울에서 새로운 화장품을 소개했습니다.";

    private static String page(String metaCharset, String text) {
        String meta = metaCharset == null ? "" : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                + metaCharset + "\">";
        return "<!DOCTYPE html><html><head>" + meta + "<title>p</title></head><body><p>" + text + "</p></body></html>";
    }

    private static String decode(String html, String encodeAs, String contentType) throws UndecodableBodyException {
        return BodyDecoder.decode(html.getBytes(Charset.forName(encodeAs)), contentType).text();
    }

    @ParameterizedTest(name = "{0} declared in header and meta")
    @CsvSource({"Shift_JIS,windows-31j,ja", "EUC-JP,EUC-JP,ja", "EUC-KR,x-windows-949,ko", "UTF-8,UTF-8,ja"})
    void declaredCharsetsDecode(String label, String javaCharset, String lang) throws Exception {
        String html = page(label, lang.equals("ja") ? JA : KO);
        assertThat(decode(html, javaCharset, "text/html; charset=" + label)).isEqualTo(html);
    }

    @ParameterizedTest(name = "{0} declared only in meta")
    @CsvSource({"Shift_JIS,windows-31j,ja", "EUC-JP,EUC-JP,ja", "EUC-KR,x-windows-949,ko"})
    void metaOnly(String label, String javaCharset, String lang) throws Exception {
        String html = page(label, lang.equals("ja") ? JA : KO);
        assertThat(decode(html, javaCharset, "text/html")).isEqualTo(html);
    }

    @ParameterizedTest(name = "header says {0} but page is {1}")
    @CsvSource({"ISO-8859-1,Shift_JIS,windows-31j,ja", "UTF-8,Shift_JIS,windows-31j,ja", "windows-1252,EUC-KR,x-windows-949,ko",
            "EUC-KR,Shift_JIS,windows-31j,ja", "Shift_JIS,EUC-KR,x-windows-949,ko", "UTF-8,EUC-JP,EUC-JP,ja",
            "x-no-such-charset,EUC-JP,EUC-JP,ja", "EUC-JP,EUC-KR,x-windows-949,ko"})
    void wrongHeaderCharsetLosesToMeta(String header, String actual, String javaCharset, String lang) throws Exception {
        String html = page(actual, lang.equals("ja") ? JA : KO);
        assertThat(decode(html, javaCharset, "text/html; charset=" + header)).isEqualTo(html);
    }

    /** Korean EUC-KR bytes are also valid EUC-JP: only the detector can tell which declaration is the lie. */
    @Test
    void whenBothDeclarationsDecodeTheBytesDecide() throws Exception {
        String korean = "<html><head><meta charset=\"EUC-JP\"></head><body>" + KO + "</body></html>";
        assertThat(decode(korean, "x-windows-949", "text/html; charset=EUC-KR")).isEqualTo(korean);
        String japanese = page("EUC-JP", JA);
        assertThat(decode(japanese, "EUC-JP", "text/html; charset=EUC-KR")).isEqualTo(japanese);
    }

    /** Real Shift_JIS pages use the Microsoft/NEC extensions (circled digits); Java's strict "Shift_JIS" lacks them. */
    @Test
    void shiftJisLabelMeansWindows31j() throws Exception {
        String html = page("Shift_JIS", JA + "①②③ Ⅰ Ⅱ ㈱");
        assertThat(decode(html, "windows-31j", "text/html; charset=Shift_JIS")).isEqualTo(html);
    }

    @Test
    void utf8MislabelledAsLatin1IsReadAsUtf8() throws Exception {
        String html = page("ISO-8859-1", "Café crème — " + JA);
        assertThat(decode(html, "UTF-8", "text/html; charset=ISO-8859-1")).isEqualTo(html);
    }

    @Test
    void undeclaredJapaneseIsDetected() throws Exception {
        String html = page(null, JA + JA);
        assertThat(decode(html, "windows-31j", "text/html")).isEqualTo(html);
        assertThat(decode(html, "EUC-JP", null)).isEqualTo(html);
    }

    @Test
    void latin1PageStaysLatin1() throws Exception {
        String html = page("windows-1252", "Café crème brûlée, naïve façade");
        DecodedBody body = BodyDecoder.decode(html.getBytes(Charset.forName("windows-1252")), "text/html; charset=iso-8859-1");
        assertThat(body.text()).isEqualTo(html);
    }

    @Test
    void byteOrderMarkWins() throws Exception {
        String html = page("Shift_JIS", JA);
        byte[] utf16 = html.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        DecodedBody body = BodyDecoder.decode(withBom, "text/html; charset=Shift_JIS");
        assertThat(body.text()).isEqualTo(html);
        assertThat(body.source()).isEqualTo("bom");
    }

    @Test
    void binaryAndNonTextAreUndecodable() {
        assertThatThrownBy(() -> BodyDecoder.decode(new byte[] {'G', 'I', 'F', '8', 0, 1}, "text/html"))
                .isInstanceOf(UndecodableBodyException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> BodyDecoder.decode("x".getBytes(StandardCharsets.UTF_8), "application/pdf"))
                .isInstanceOf(UndecodableBodyException.class).hasMessageContaining("application/pdf");
    }

    @Test
    void asciiAndEmptyBodiesDecode() throws Exception {
        assertThat(BodyDecoder.decode(new byte[0], "text/html").text()).isEmpty();
        assertThat(BodyDecoder.decode("<p>hi</p>".getBytes(StandardCharsets.US_ASCII), "application/xhtml+xml").text())
                .isEqualTo("<p>hi</p>");
    }

    @Test
    void brokenBytesNeverThrow() throws Exception {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (0x80 + (i * 37) % 0x7f);
        }
        assertThat(BodyDecoder.decode(junk, "text/html; charset=UTF-8").text()).isNotEmpty();
    }
}

package dev.creatorwatch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CountTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0|0",
            "7|7",
            "12,345|12345",
            "12.345|12345",
            "1,234,567|1234567",
            "1.234.567|1234567",
            "2 805|2805",
            "2\u00A0805|2805",
            "2\u202F805|2805",
            "1'234'567|1234567",
            "12.3K|12300",
            "12.3k|12300",
            "783.4K|783400",
            "1.2M|1200000",
            "4,69 M|4690000",
            "1,2 Mio.|1200000",
            "1,2 Mio|1200000",
            "3 Mrd.|3000000000",
            "1.2万|12000",
            "1.2萬|12000",
            "3.5만|35000",
            "2억|200000000",
            "1,2 k|1200",
            "12,3 тыс.|12300",
            "5 млн|5000000",
            "1,5 mil|1500",
            "6,8 K|6800",
            "2B|2000000000",
            "1.5 lakh|150000",
            "１２，３４５|12345",
            "１.２万|12000",
            "\u200B12\u200D,345\u200E|12345",
            "١٢٣|123",
            "١٢٬٣٤٥|12345",
            "١٬٢٣٤٬٥٦٧|1234567",
            "۱۲٬۳۴۵|12345",
            "١٫٢K|1200",
            "12\u2009345|12345",
            "  42  |42",
            "1,234.5K|1234500",
    })
    void readsCountsAsPeopleWriteThem(String text, long expected) {
        assertThat(CountText.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "-5", "1.5", "12,34", "1,23,456", "NaN", "Infinity", "1e5",
            "99999999999", "20B", "12 Mitglieder", "5 members", "K", "1..2", "12,3 тысяча", "1.2.3M"})
    void rejectsWhatIsNotAPlausibleCount(String text) {
        assertThat(CountText.parse(text)).as(text).isEmpty();
    }

    @Test
    void rejectsNullAndHugeInput() {
        assertThat(CountText.parse(null)).isEmpty();
        assertThat(CountText.parse("1".repeat(10_000))).isEmpty();
        assertThat(CountText.leading(null)).isEmpty();
    }

    @Test
    void readsTheLeadingCountOfDisplayText() {
        assertThat(CountText.leading("127.696 visualizaciones")).contains(127_696L);
        assertThat(CountText.leading("4,69 M de suscriptores")).contains(4_690_000L);
        assertThat(CountText.leading("6,8 K vídeos")).contains(6_800L);
        assertThat(CountText.leading("no count here")).isEmpty();
    }

    @Test
    void numbersAsJsonValuesAreBounded() {
        assertThat(CountText.ofNumber(Double.NaN)).isEmpty();
        assertThat(CountText.ofNumber(-1)).isEmpty();
        assertThat(CountText.ofNumber(1e11)).isEmpty();
        assertThat(CountText.ofNumber(1e10)).contains(10_000_000_000L);
    }

    /**
     * Property: any integer written with a locale's grouping (as NumberFormat writes it, including NBSP and narrow
     * NBSP for fr/ru/de-CH) reads back as itself. Seeded so a failure reproduces.
     */
    @Test
    void groupedIntegersInManyLocalesRoundTrip() {
        Random random = new Random(20261125L);
        Locale[] locales = {Locale.US, Locale.GERMANY, Locale.FRANCE, new Locale("ru", "RU"), new Locale("es", "ES"),
                new Locale("de", "CH"), Locale.JAPAN, Locale.KOREA, new Locale("pt", "BR"), Locale.ITALY};
        for (int i = 0; i < 5_000; i++) {
            long n = (long) Math.floor(Math.pow(10, random.nextDouble() * 10));
            if (n > CountText.MAX_COUNT) {
                continue;
            }
            Locale locale = locales[random.nextInt(locales.length)];
            String text = NumberFormat.getIntegerInstance(locale).format(n);
            assertThat(CountText.parse(text)).as(locale + " " + text).contains(n);
        }
    }

    /**
     * Property: Arabic and Persian pages group with U+066C and mark decimals with U+066B ("١٬٢٣٤٬٥٦٧", "١٫٢");
     * integers as NumberFormat writes them there read back as themselves.
     */
    @Test
    void arabicScriptGroupedIntegersRoundTrip() {
        Random random = new Random(20261207L);
        Locale[] locales = {Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("ar-SA"),
                Locale.forLanguageTag("fa-IR")};
        for (int i = 0; i < 2_000; i++) {
            long n = (long) Math.floor(Math.pow(10, random.nextDouble() * 10));
            if (n > CountText.MAX_COUNT) {
                continue;
            }
            Locale locale = locales[random.nextInt(locales.length)];
            String text = NumberFormat.getIntegerInstance(locale).format(n);
            assertThat(CountText.parse(text)).as(locale + " " + text).contains(n);
        }
    }

    /** Property: a one-decimal abbreviation reads back within rounding of the value it abbreviates. */
    @Test
    void abbreviationsRoundTripWithinTheirPrecision() {
        Random random = new Random(7L);
        Map<String, Double> suffixes = Map.of("K", 1e3, "M", 1e6, "万", 1e4, "만", 1e4, " тыс.", 1e3, " Mio.", 1e6);
        String[] keys = suffixes.keySet().toArray(String[]::new);
        for (int i = 0; i < 2_000; i++) {
            String suffix = keys[random.nextInt(keys.length)];
            int tenths = 10 + random.nextInt(9_990);
            char mark = random.nextBoolean() ? '.' : ',';
            String text = (tenths / 10) + (tenths % 10 == 0 ? "" : mark + String.valueOf(tenths % 10)) + suffix;
            long expected = Math.round(tenths / 10.0 * suffixes.get(suffix));
            assertThat(CountText.parse(text)).as(text).contains(expected);
        }
    }
}

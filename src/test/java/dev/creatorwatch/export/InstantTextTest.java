package dev.creatorwatch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InstantTextTest {

    @Test
    void writesWhatInstantToStringWrites() {
        for (String t : new String[] {"1970-01-01T00:00:00Z", "2026-12-07T08:30:00.123Z", "2024-02-29T23:59:59.000001Z",
            "2000-03-01T00:00:00.000000001Z", "1969-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.5Z", "1900-02-28T12:00:00Z"}) {
            assertThat(text(Instant.parse(t))).isEqualTo(Instant.parse(t).toString());
        }
    }

    @Test
    void agreesWithTheJdkOnRandomInstantsAndOutsideFourDigitYears() {
        SplittableRandom random = new SplittableRandom(7);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int k = 0; k < 200_000; k++) {
            int nano = switch (k % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(random.nextLong(min, max + 1), nano);
            assertThat(text(t)).as("%s", t).isEqualTo(t.toString());
        }
        for (Instant t : new Instant[] {Instant.MIN, Instant.MAX, Instant.parse("-0001-12-31T23:59:59Z"),
            Instant.parse("+10000-01-01T00:00:00Z")}) {
            assertThat(text(t)).isEqualTo(t.toString());
        }
    }

    private static String text(Instant t) {
        byte[] out = new byte[InstantText.MAX_LENGTH];
        return new String(out, 0, InstantText.write(t, out), StandardCharsets.US_ASCII);
    }
}

package dev.creatorwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElapsedTextTest {

    @Test
    void scansMinutesOrHoursApartAreWordedInHoursNotAsZeroDays() {
        assertThat(ElapsedText.of(4.0 / (24 * 60))).isEqualTo("within an hour");
        assertThat(ElapsedText.of(1.0 / 24)).isEqualTo("in 1 hour");
        assertThat(ElapsedText.of(5.2 / 24)).isEqualTo("in 5 hours");
    }

    @Test
    void aDayOrMoreIsInDaysWithOneDecimal() {
        assertThat(ElapsedText.of(23.6 / 24)).isEqualTo("in 1.0 days");
        assertThat(ElapsedText.of(1)).isEqualTo("in 1.0 days");
        assertThat(ElapsedText.of(3.46)).isEqualTo("in 3.5 days");
    }
}

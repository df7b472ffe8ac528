package dev.creatorwatch.creator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierTest {

    @ParameterizedTest
    @CsvSource({
        "0, EMERGING", "999, EMERGING", "1000, NANO", "9999, NANO", "10000, MICRO", "99999, MICRO",
        "100000, MACRO", "999999, MACRO", "1000000, MEGA", "250000000, MEGA", "-1, UNKNOWN"
    })
    void bandsFollowTheSeedBoundaries(long followers, Tier expected) {
        assertThat(Tier.ofFollowers(followers)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void unknownWithoutFollowers() {
        assertThat(Tier.ofFollowers(null)).isEqualTo(Tier.UNKNOWN);
        assertThat(Tier.UNKNOWN.max(Tier.NANO)).isEqualTo(Tier.NANO);
        assertThat(Tier.MEGA.max(Tier.NANO)).isEqualTo(Tier.MEGA);
    }
}

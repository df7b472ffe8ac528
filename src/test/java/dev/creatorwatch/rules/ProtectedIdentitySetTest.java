package dev.creatorwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProtectedIdentitySetTest {

    private static final ProtectedIdentity YUKA = new ProtectedIdentity(1L, "Yuka", 11L, Platform.INSTAGRAM,
            "yukatanaka", "Yuka Tanaka", null, null);
    private static final ProtectedIdentity BLUE = new ProtectedIdentity(2L, "Blue", 21L, Platform.X,
            "bluebottle", "Blue Bottle", null, null);

    @Test
    void aViewIsBuiltOncePerKeyAndSet() {
        ProtectedIdentitySet set = ProtectedIdentitySet.of(List.of(YUKA, BLUE));
        AtomicInteger builds = new AtomicInteger();
        Object key = new Object();
        for (int i = 0; i < 5; i++) {
            assertThat(set.<Integer>view(key, all -> {
                builds.incrementAndGet();
                return all.size();
            })).isEqualTo(2);
        }
        assertThat(builds).hasValue(1);
        set.view(new Object(), all -> builds.incrementAndGet());
        assertThat(builds).hasValue(2);
    }

    @Test
    void sanctionedAccountsCompareByCreatorPlatformAndFoldedHandle() {
        ProtectedIdentitySet set = new ProtectedIdentitySet(List.of(YUKA, BLUE),
                List.of(new ProtectedIdentitySet.Sanctioned(1L, Platform.INSTAGRAM, "@YukaTanaka_Shop")), "t");
        assertThat(set.isSanctioned(1L, Platform.INSTAGRAM, "yukatanaka_shop")).isTrue();
        assertThat(set.isSanctioned(1L, Platform.INSTAGRAM, " @yukatanaka_shop ")).isTrue();
        assertThat(set.isSanctioned(2L, Platform.INSTAGRAM, "yukatanaka_shop")).as("other creator").isFalse();
        assertThat(set.isSanctioned(1L, Platform.TIKTOK, "yukatanaka_shop")).as("other platform").isFalse();
        assertThat(set.isSanctioned(1L, Platform.INSTAGRAM, null)).isFalse();
        assertThat(set.isSanctionedByAnyone(Platform.INSTAGRAM, "YUKATANAKA_SHOP")).isTrue();
        assertThat(set.isSanctionedByAnyone(Platform.X, "yukatanaka_shop")).isFalse();
    }

    @Test
    void oneCreatorsSubsetKeepsTheAllowlists() {
        ProtectedIdentitySet set = new ProtectedIdentitySet(List.of(YUKA, BLUE),
                List.of(new ProtectedIdentitySet.Sanctioned(1L, Platform.INSTAGRAM, "fan")), "t");
        ProtectedIdentitySet yuka = set.onlyCreator(1L);
        assertThat(yuka.all()).containsExactly(YUKA);
        assertThat(yuka.isSanctioned(1L, Platform.INSTAGRAM, "fan")).isTrue();
        assertThat(set.onlyCreator(99L).size()).isZero();
    }
}

package dev.creatorwatch.rules.impersonation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.rules.ProtectedIdentity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtectedIdentityIndexTest {

    private static List<String> targets(List<LookalikeMatch> matches) {
        return matches.stream().map(m -> m.target().platform() + ":" + m.target().handle()).sorted().toList();
    }

    @Test
    void indexFindsExactlyWhatTheLinearScanFindsOnTheLabelledSet() {
        LabelledPairs set = LabelledPairs.load();
        List<ProtectedIdentity> all = new ArrayList<>(set.protectedIdentities());
        all.addAll(SyntheticIdentities.generate(5_000, 7));
        ProtectedIdentityIndex index = ProtectedIdentityIndex.build(all, ImpersonationSettings.defaults());

        int linearHits = 0;
        int indexHits = 0;
        for (LabelledPairs.Pair p : set.pairs()) {
            List<LookalikeMatch> linear = index.linearScan(p.candidate());
            List<LookalikeMatch> indexed = index.matches(p.candidate());
            assertThat(targets(indexed)).as(p.toString()).isEqualTo(targets(linear));
            String target = p.target().platform() + ":" + p.target().handle();
            linearHits += targets(linear).contains(target) && p.impersonation() ? 1 : 0;
            indexHits += targets(indexed).contains(target) && p.impersonation() ? 1 : 0;
        }
        long positives = set.pairs().stream().filter(LabelledPairs.Pair::impersonation).count();
        System.out.printf("Index recall %.3f, linear scan recall %.3f (%d positives, %d identities)%n",
                indexHits / (double) positives, linearHits / (double) positives, positives, index.size());
        assertThat(indexHits).isEqualTo(linearHits).isGreaterThanOrEqualTo((int) (0.95 * positives));
    }

    @Test
    void indexAgreesWithTheLinearScanOnSyntheticLookalikes() {
        List<ProtectedIdentity> all = SyntheticIdentities.generate(5_000, 11);
        ProtectedIdentityIndex index = ProtectedIdentityIndex.build(all, ImpersonationSettings.defaults());
        LookalikeGenerator generator = new LookalikeGenerator();
        int checked = 0;
        for (ProtectedIdentity p : all.subList(0, 40)) {
            for (String handle : generator.candidates(p.handle(), Platform.INSTAGRAM, 15)) {
                CandidateAccount c = new CandidateAccount(Platform.INSTAGRAM, null, null, handle, p.displayName(),
                        null, null, null, null);
                assertThat(targets(index.matches(c))).as(handle).isEqualTo(targets(index.linearScan(c)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(400);
    }

    @Test
    void profileCopyModeAlsoAgreesWithTheLinearScan() {
        ImpersonationSettings profile = ImpersonationSettings.from(
                new dev.creatorwatch.rules.RuleParameters(java.util.Map.of("match", "profile", "alertAt", 0.4)));
        List<ProtectedIdentity> all = new ArrayList<>();
        for (ProtectedIdentity p : SyntheticIdentities.generate(3_000, 13)) {
            all.add(new ProtectedIdentity(p.creatorId(), p.creatorName(), p.accountId(), p.platform(), p.handle(),
                    p.displayName(), "Official page of " + p.displayName() + " - news, shop and collabs", null));
        }
        ProtectedIdentityIndex index = ProtectedIdentityIndex.build(all, profile);
        int alerts = 0;
        for (ProtectedIdentity p : all.subList(0, 300)) {
            CandidateAccount copy = new CandidateAccount(Platform.INSTAGRAM, null, null, "fan_" + p.accountId()
                    + "_page", p.displayName(), p.bio(), null, 10L, 1L);
            List<String> indexed = targets(index.matches(copy));
            assertThat(indexed).isEqualTo(targets(index.linearScan(copy)));
            alerts += indexed.isEmpty() ? 0 : 1;
        }
        assertThat(alerts).isEqualTo(300);
    }

    @Test
    void emptyAndBrokenIdentitiesAreHarmless() {
        ProtectedIdentityIndex empty = ProtectedIdentityIndex.build(List.of(), ImpersonationSettings.defaults());
        assertThat(empty.matches(CandidateAccount.of(Platform.X, "yukatanaka", "Yuka Tanaka"))).isEmpty();
        ProtectedIdentity blank = new ProtectedIdentity(null, null, null, null, null, null, null, null);
        ProtectedIdentity yuka = new ProtectedIdentity(1L, "Yuka Tanaka", 11L, Platform.INSTAGRAM, "yukatanaka",
                "Yuka Tanaka", null, null);
        List<ProtectedIdentity> identities = new ArrayList<>();
        identities.add(blank);
        identities.add(null);
        identities.add(yuka);
        ProtectedIdentityIndex index = ProtectedIdentityIndex.build(identities, ImpersonationSettings.defaults());
        assertThat(targets(index.matches(CandidateAccount.of(Platform.X, "yuka_tanaka_official", null))))
                .containsExactly("INSTAGRAM:yukatanaka");
        assertThat(index.matches(CandidateAccount.of(Platform.X, "", ""))).isEmpty();
        assertThat(index.matches(new CandidateAccount(Platform.X, 1L, null, "yuka_tanaka_official", null, null, null,
                null, null))).as("own creator").isEmpty();
    }
}

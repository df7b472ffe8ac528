package dev.creatorwatch.discovery;

import dev.creatorwatch.creator.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims the discovery candidates due for a check, fairly: the protected accounts waiting longest first, at most
 * {@code checks-per-identity-per-run} handles of each and {@code checks-per-run} in all. Claiming moves their next
 * check time forward by a lease in the same transaction (as {@code scan.DueAccounts} does), so another instance does
 * not take them meanwhile and an instance that dies mid-run releases them when the lease ends.
 */
@ApplicationScoped
public class DueCandidates {

    private final Clock clock;
    private final DiscoveryConfig config;

    public DueCandidates(Clock clock, DiscoveryConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** A claimed candidate: what to fetch and where it came from. */
    public record Claimed(long id, long accountId, Platform platform, String handle, String url, String operation) {
    }

    @Transactional
    public List<Claimed> claim() {
        Instant now = clock.instant();
        int total = config.checksPerRun();
        List<Long> accounts = DiscoveryCandidate.getEntityManager().createQuery(
                "select c.accountId from DiscoveryCandidate c where c.nextCheckAt <= ?1 group by c.accountId "
                        + "order by min(c.nextCheckAt), c.accountId", Long.class)
                .setParameter(1, now).setMaxResults(total).getResultList();
        Instant leaseEnd = now.plus(config.lease());
        List<Claimed> out = new ArrayList<>();
        for (Long accountId : accounts) {
            int room = Math.min(config.checksPerIdentityPerRun(), total - out.size());
            if (room <= 0) {
                break;
            }
            for (DiscoveryCandidate c : DiscoveryCandidate.<DiscoveryCandidate>find("accountId = ?1 and "
                    + "nextCheckAt <= ?2 order by nextCheckAt, rank, id", accountId, now).page(0, room).list()) {
                c.nextCheckAt = leaseEnd;
                out.add(new Claimed(c.id, c.accountId, c.platform, c.handle, c.profileUrl, c.operation));
            }
        }
        return out;
    }
}

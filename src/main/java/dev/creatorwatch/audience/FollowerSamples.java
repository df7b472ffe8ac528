package dev.creatorwatch.audience;

import dev.creatorwatch.creator.Account;
import dev.creatorwatch.creator.Platform;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps each account's follower sample fresh without sampling on every scan: at most one sample (or one recorded
 * "not possible") per account per {@code monitor.audience.min-interval}. The scan calls {@link #refreshIfDue} once
 * per account before its rules run; the network work happens outside any transaction.
 */
@ApplicationScoped
public class FollowerSamples {

    private static final Logger LOG = Logger.getLogger(FollowerSamples.class);

    private final FollowerSampler sampler;
    private final AudienceConfig config;
    private final Clock clock;

    public FollowerSamples(FollowerSampler sampler, AudienceConfig config, Clock clock) {
        this.sampler = sampler;
        this.config = config;
        this.clock = clock;
    }

    /** The newest sample record of an account. */
    public Optional<FollowerSampleRecord> latest(Long accountId) {
        return FollowerSampleRecord.<FollowerSampleRecord>find("accountId = ?1 order by sampledAt desc, id desc",
                accountId).firstResultOptional();
    }

    /** Samples the account's followers when its last sample is older than the interval; never throws. */
    public void refreshIfDue(long accountId) {
        if (!config.enabled()) {
            return;
        }
        Instant now = clock.instant();
        Target t = QuarkusTransaction.requiringNew().call(() -> {
            Account a = Account.findById(accountId);
            if (a == null || latest(accountId).filter(r -> r.sampledAt.isAfter(now.minus(config.minInterval())))
                    .isPresent()) {
                return null;
            }
            return new Target(a.platform, a.handle, a.profileUrl);
        });
        if (t == null) {
            return;
        }
        FollowerSampler.Outcome o;
        try {
            o = sampler.sample(t.platform(), t.handle(), t.profileUrl());
        } catch (RuntimeException e) {
            LOG.warnf(e, "follower sample of account %d failed", accountId);
            o = FollowerSampler.Outcome.none("No follower sample was possible: reading the follower list failed.");
        }
        FollowerSampler.Outcome outcome = o;
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.findById(accountId) != null) {
                FollowerSampleRecord.of(accountId, t.platform(), now, outcome).persist();
            }
        });
    }

    private record Target(Platform platform, String handle, String profileUrl) {
    }
}

package dev.creatorwatch.scan;

import dev.creatorwatch.creator.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** Decides when an account is due next. The decision is stored on the account, never only in memory. */
@ApplicationScoped
public class ScanPlanner {

    private final ScanConfig config;

    public ScanPlanner(ScanConfig config) {
        this.config = config;
    }

    public Instant firstScan(Instant now) {
        return now.plus(config.firstScanDelay());
    }

    /** After a good scan: the tier's interval, shortened while a high alert is open, with jitter. */
    public Instant afterSuccess(Instant now, Tier tier, boolean openHighAlert) {
        Duration base = interval(tier);
        if (openHighAlert) {
            base = Duration.ofMillis((long) (base.toMillis() * config.highAlertFactor()));
        }
        return now.plus(jittered(base));
    }

    /** After a failed scan: the retry delay, or later when the site asked us to wait. */
    public Instant afterFailure(Instant now, Instant notBefore) {
        Instant retry = now.plus(jittered(config.retryAfterFailure()));
        return notBefore != null && notBefore.isAfter(retry) ? notBefore : retry;
    }

    public Duration interval(Tier tier) {
        ScanConfig.Intervals i = config.interval();
        return switch (tier) {
            case UNKNOWN -> i.unknown();
            case EMERGING -> i.emerging();
            case NANO -> i.nano();
            case MICRO -> i.micro();
            case MACRO -> i.macro();
            case MEGA -> i.mega();
        };
    }

    private Duration jittered(Duration d) {
        double spread = config.jitter();
        if (spread <= 0 || d.isZero()) {
            return d;
        }
        double factor = 1 + ThreadLocalRandom.current().nextDouble(-spread, spread);
        return Duration.ofMillis(Math.max(0, (long) (d.toMillis() * factor)));
    }
}

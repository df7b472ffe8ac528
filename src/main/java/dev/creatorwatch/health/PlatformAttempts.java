package dev.creatorwatch.health;

import dev.creatorwatch.fetch.FetchOutcome;
import java.util.Map;

/**
 * One platform's fetch attempts in the health window and what they say about how well it can be read. An answer that
 * the account is gone (not found, suspended) is the platform answering correctly about that one account, not a
 * failure to read the platform: it counts neither for nor against it, so one banned creator does not make a platform
 * look broken.
 *
 * @param attempts    every attempt
 * @param accountGone attempts answered that the account is gone
 * @param ok          attempts that read the page or were told it is unchanged (304)
 */
record PlatformAttempts(long attempts, long accountGone, long ok) {

    static PlatformAttempts of(Map<FetchOutcome, Long> byOutcome) {
        long attempts = 0;
        long gone = 0;
        long ok = 0;
        for (Map.Entry<FetchOutcome, Long> e : byOutcome.entrySet()) {
            FetchOutcome outcome = e.getKey();
            attempts += e.getValue();
            if (outcome.meansAccountGone()) {
                gone += e.getValue();
            }
            // A 304 is a good answer: the page is unchanged and the data we hold is confirmed current.
            if (outcome.isGood() || outcome == FetchOutcome.NOT_MODIFIED) {
                ok += e.getValue();
            }
        }
        return new PlatformAttempts(attempts, gone, ok);
    }

    /** The share of good reads among the attempts that say how well the platform can be read; null without any. */
    Double okShare() {
        long judged = attempts - accountGone;
        return judged == 0 ? null : (double) ok / judged;
    }
}

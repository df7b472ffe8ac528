package dev.creatorwatch.health;

import java.time.Instant;
import java.util.Map;

/**
 * One platform's source health over the window.
 *
 * @param platform             platform id
 * @param attempts             fetch attempts in the window
 * @param accountGoneAttempts  attempts the platform answered that the account is gone (not found, suspended): a
 *                             correct answer about one account, so they count neither for nor against the platform
 * @param okAttempts           attempts that read the page or were told it is unchanged (304)
 * @param okShare              okAttempts / (attempts - accountGoneAttempts); null without such attempts
 * @param outcomes             attempts per outcome, so "why" is visible (login walls vs rate limits vs layout changes)
 * @param status               the verdict from okShare
 * @param accounts             watched accounts on the platform
 * @param accountsNeverRead    accounts without any good read yet
 * @param accountsStale        accounts whose latest good read is older than their tier allows (gone ones too)
 * @param accountsGone         accounts whose latest attempt found them gone
 * @param latestGoodAt         the newest good read on the platform; null if none
 * @param latestGoodAgeSeconds its age; null if none
 */
public record PlatformHealth(String platform, long attempts, long accountGoneAttempts, long okAttempts,
        Double okShare, Map<String, Long> outcomes, SourceStatus status, long accounts, long accountsNeverRead,
        long accountsStale, long accountsGone, Instant latestGoodAt, Long latestGoodAgeSeconds) {
}

package dev.creatorwatch.health;

import java.time.Instant;
import java.util.Map;

/**
 * One platform's source health over the window.
 *
 * @param platform           platform id
 * @param attempts           fetch attempts in the window
 * @param okAttempts         attempts that read the page or were told it is unchanged (304)
 * @param okShare            okAttempts / attempts; null without attempts
 * @param outcomes           attempts per outcome, so "why" is visible (login walls vs rate limits vs layout changes)
 * @param status             the verdict from okShare
 * @param accounts           watched accounts on the platform
 * @param accountsNeverRead  accounts without any good read yet
 * @param accountsStale      accounts whose latest good read is older than their tier allows
 * @param latestGoodAt       the newest good read on the platform; null if none
 * @param latestGoodAgeSeconds its age; null if none
 */
public record PlatformHealth(String platform, long attempts, long okAttempts, Double okShare,
        Map<String, Long> outcomes, SourceStatus status, long accounts, long accountsNeverRead, long accountsStale,
        Instant latestGoodAt, Long latestGoodAgeSeconds) {
}

package dev.creatorwatch.health;

import dev.creatorwatch.fetch.FetchOutcome;
import java.time.Instant;

/**
 * How current the data behind an alert or an account is: its latest good read, how the latest attempt ended, and how
 * well its platform can be read right now. A triager reads an alert differently when the page behind it has not been
 * readable for three days.
 *
 * @param lastGoodAt         the account's latest good read; null if never
 * @param ageSeconds         its age; null if never
 * @param stale              older than the account's tier allows (or never read)
 * @param lastScanAt         the latest attempt of any outcome
 * @param lastOutcome        how it ended
 * @param platform           platform id
 * @param platformOkShare    share of good fetches on the platform in the health window, accounts found gone left
 *                           out ({@link PlatformHealth#okShare()}); null without such attempts
 * @param platformStatus     the platform's source status
 */
public record DataFreshness(Instant lastGoodAt, Long ageSeconds, boolean stale, Instant lastScanAt,
        FetchOutcome lastOutcome, String platform, Double platformOkShare, SourceStatus platformStatus) {
}

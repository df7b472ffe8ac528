package dev.creatorwatch.history;

import dev.creatorwatch.creator.Account;
import java.time.Instant;

/**
 * Judges again the scanned snapshots an import put new history right before: its seams with what was scanned. An
 * account is scanned as soon as it is added, usually before anyone imports its past, so its first snapshot was judged
 * with nothing to compare with, and every later scan compares with that snapshot, not with the imported past. The
 * jump from the last imported point to the first scan (followers bought just before a campaign) would never be judged.
 * Implemented where the rules run, so that history knows nothing of scanning.
 */
public interface SeamJudge {

    /** How many scanned snapshots were judged again and how many alerts that opened. */
    record Judged(int snapshots, int alertsOpened) {
    }

    /**
     * Runs, in the import's transaction and after its points are written, the rules on every snapshot whose earlier
     * observation is now a point of import {@code importId} (whose oldest point is at {@code from}), and records
     * what they find with that import and did not find without it.
     */
    Judged judge(Account account, String importId, Instant from);
}

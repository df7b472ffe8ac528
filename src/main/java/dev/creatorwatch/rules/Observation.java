package dev.creatorwatch.rules;

import dev.creatorwatch.parse.Profile;
import java.time.Instant;

/**
 * One good snapshot as rules see it, or one point of history someone imported for the account. Rules compare with
 * either through the same history; {@code imported} says which it is, so an alert can tell a number we read from one
 * taken from someone's export.
 *
 * @param snapshotId the snapshot, or null when none was stored (an imported point, a profile checked once)
 * @param imported   where an imported point came from; null for everything read from the profile page
 */
public record Observation(Long snapshotId, Instant at, Profile profile, Imported imported) {

    /** Read from the profile page (a scan, a check), not imported. */
    public Observation(Long snapshotId, Instant at, Profile profile) {
        this(snapshotId, at, profile, null);
    }

    /** The import a point came from and when it was imported (its own {@code at} is the date it describes). */
    public record Imported(String importId, Instant importedAt) {
    }

    public boolean isImported() {
        return imported != null;
    }
}

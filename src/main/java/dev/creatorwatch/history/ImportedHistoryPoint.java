package dev.creatorwatch.history;

import dev.creatorwatch.rules.Observation;
import dev.creatorwatch.rules.engagement.anomaly.HistoryImport.HistoryRow;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One dated set of counts imported for an account (never fetched by us). Kept apart from {@code profile_snapshot} so
 * an imported number is never shown or counted as something we saw; rules see it merged into the history.
 */
@Entity
@Table(name = "imported_history_point")
public class ImportedHistoryPoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "imported_history_point_seq")
    @SequenceGenerator(name = "imported_history_point_seq", sequenceName = "imported_history_point_seq",
            allocationSize = 50)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    public Long followers;

    public Long following;

    public Long posts;

    @Column(name = "total_likes")
    public Long totalLikes;

    @Column(name = "engagement_per_post")
    public Double engagementPerPost;

    @Column(name = "import_id", nullable = false, length = 36)
    public String importId;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    public String importedBy;

    static ImportedHistoryPoint of(Long accountId, HistoryRow r, String importId, Instant importedAt, String by) {
        ImportedHistoryPoint p = new ImportedHistoryPoint();
        p.accountId = accountId;
        p.observedAt = r.at();
        p.followers = r.followers();
        p.following = r.following();
        p.posts = r.posts();
        p.totalLikes = r.totalLikes();
        p.engagementPerPost = r.engagementPerPost();
        p.importId = importId;
        p.importedAt = importedAt;
        p.importedBy = by.length() > 200 ? by.substring(0, 200) : by;
        return p;
    }

    HistoryRow row() {
        return new HistoryRow(observedAt, followers, following, posts, totalLikes, engagementPerPost);
    }

    /** As rules see it: no snapshot id, because no snapshot was fetched, and marked with the import it came from. */
    public Observation toObservation() {
        Observation counts = row().toObservation();
        return new Observation(null, counts.at(), counts.profile(), new Observation.Imported(importId, importedAt));
    }
}

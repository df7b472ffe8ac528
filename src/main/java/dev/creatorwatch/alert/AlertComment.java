package dev.creatorwatch.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on an alert. The text is stored and returned exactly as written; it is data, never markup. */
@Entity
@Table(name = "alert_comment")
public class AlertComment extends PanacheEntityBase {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_comment_seq")
    @SequenceGenerator(name = "alert_comment_seq", sequenceName = "alert_comment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "alert_id", nullable = false)
    public Long alertId;

    @Column(nullable = false, length = 200)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false, length = MAX_LENGTH)
    public String body;
}

package dev.creatorwatch.notify;

import dev.creatorwatch.rules.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where to post alert events. The secret signs every body (HMAC-SHA256); it is stored because signing needs it, and
 * shown only once, in the response that creates the subscription.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_subscription_seq")
    @SequenceGenerator(name = "webhook_subscription_seq", sequenceName = "webhook_subscription_seq",
            allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 2048)
    public String url;

    @Column(nullable = false, length = 100)
    public String secret;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_severity", nullable = false, length = 16)
    public Severity minSeverity;

    /** Comma-separated {@link WebhookEvent} names. */
    @Column(nullable = false, length = 100)
    public String events;

    @Column(nullable = false)
    public boolean active;

    @Column(length = 500)
    public String description;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public Set<WebhookEvent> eventSet() {
        Set<WebhookEvent> out = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(events.split(",")).filter(s -> !s.isBlank()).map(WebhookEvent::valueOf).forEach(out::add);
        return out;
    }

    public void eventSet(Set<WebhookEvent> set) {
        events = set.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}

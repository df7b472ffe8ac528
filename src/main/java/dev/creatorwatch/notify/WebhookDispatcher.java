package dev.creatorwatch.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries. Each delivery is claimed with a conditional update that pushes its next attempt time out by
 * a lease (only one instance wins), sent outside any transaction, and its result recorded: delivered, or retried
 * after an exponential backoff (base × 2^(attempt-1), capped), or failed after the last attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final NotifyConfig config;
    private final WebhookSender sender;
    private final Clock clock;

    public WebhookDispatcher(NotifyConfig config, WebhookSender sender, Clock clock) {
        this.config = config;
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(identity = "webhook-deliveries", every = "${monitor.notify.tick:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.enabled()) {
            dispatchDue(clock.instant());
        }
    }

    /** Sends every delivery due at {@code now}; returns how many were attempted. */
    public int dispatchDue(Instant now) {
        List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> claim(now));
        for (Claim c : claims) {
            attempt(c, now);
        }
        return claims.size();
    }

    /** Sends one delivery now, whatever its schedule (used by test-send); returns it after recording. */
    WebhookDelivery sendNow(long deliveryId, Instant now) {
        Claim c = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(deliveryId);
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            return new Claim(d.id, s.url, s.secret, d.event, d.payload);
        });
        attempt(c, now);
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.findById(deliveryId));
    }

    private record Claim(long id, String url, String secret, WebhookEvent event, String payload) {
    }

    private List<Claim> claim(Instant now) {
        List<WebhookDelivery> due = WebhookDelivery.<WebhookDelivery>find(
                "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, id", WebhookDelivery.Status.PENDING, now)
                .page(0, config.batchSize()).list();
        List<Claim> out = new ArrayList<>();
        for (WebhookDelivery d : due) {
            int won = WebhookDelivery.update("nextAttemptAt = ?1 where id = ?2 and nextAttemptAt = ?3 and status = ?4",
                    now.plus(config.lease()), d.id, d.nextAttemptAt, WebhookDelivery.Status.PENDING);
            WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
            if (won == 1 && s != null) {
                out.add(new Claim(d.id, s.url, s.secret, d.event, d.payload));
            }
        }
        return out;
    }

    private void attempt(Claim c, Instant now) {
        WebhookSender.Outcome outcome = sender.send(c.url(), c.secret(), c.id(), c.event(), c.payload());
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery d = WebhookDelivery.findById(c.id());
            if (d == null) {
                return;
            }
            d.attempts++;
            d.lastAttemptAt = now;
            d.lastStatusCode = outcome.statusCode();
            d.lastError = outcome.error() == null ? null
                    : outcome.error().substring(0, Math.min(1000, outcome.error().length()));
            if (outcome.ok()) {
                d.status = WebhookDelivery.Status.DELIVERED;
                d.deliveredAt = now;
            } else if (outcome.refused()) {
                // A verdict on the target, not a network condition: retrying would only resolve it again.
                d.status = WebhookDelivery.Status.REFUSED;
                LOG.warnf("Webhook delivery %d refused, not sent: %s", d.id, outcome.error());
            } else if (d.attempts >= d.maxAttempts) {
                d.status = WebhookDelivery.Status.FAILED;
            } else {
                d.status = WebhookDelivery.Status.PENDING;
                d.nextAttemptAt = now.plus(backoff(d.attempts));
            }
        });
    }

    Duration backoff(int failedAttempts) {
        Duration max = config.backoffMax();
        Duration d = config.backoffBase();
        for (int i = 1; i < failedAttempts && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}

package dev.creatorwatch.notify;

import dev.creatorwatch.alert.Alert;
import dev.creatorwatch.alert.AlertRaised;
import dev.creatorwatch.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns {@link AlertRaised} events into pending deliveries, inside the transaction that raised them (a synchronous
 * observer), so an alert and its notifications commit together: nothing is sent for a rolled-back alert, and
 * nothing is lost if the process stops before sending.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final Clock clock;
    private final NotifyConfig config;

    public WebhookOutbox(Clock clock, NotifyConfig config) {
        this.clock = clock;
        this.config = config;
    }

    void onAlertRaised(@Observes AlertRaised event) {
        WebhookEvent kind = event.kind() == AlertRaised.Kind.NEW ? WebhookEvent.NEW : WebhookEvent.ESCALATED;
        Alert alert = Alert.findById(event.alertId());
        Instant now = clock.instant();
        for (WebhookSubscription s : WebhookSubscription.<WebhookSubscription>list("active = true")) {
            if (event.severity().atLeast(s.minSeverity) && s.eventSet().contains(kind)) {
                enqueue(s, kind, alert == null ? null : alert.id, payload(kind, event, alert, now),
                        config.maxAttempts(), now);
            }
        }
    }

    static WebhookDelivery enqueue(WebhookSubscription s, WebhookEvent kind, Long alertId, String payload,
            int maxAttempts, Instant now) {
        WebhookDelivery d = new WebhookDelivery();
        d.subscriptionId = s.id;
        d.event = kind;
        d.alertId = alertId;
        d.payload = payload;
        d.status = WebhookDelivery.Status.PENDING;
        d.maxAttempts = maxAttempts;
        d.nextAttemptAt = now;
        d.createdAt = now;
        d.persist();
        return d;
    }

    private static String payload(WebhookEvent kind, AlertRaised event, Alert a, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", kind.wireName());
        body.put("occurredAt", now.toString());
        Map<String, Object> alert = new LinkedHashMap<>();
        alert.put("id", event.alertId());
        alert.put("severity", event.severity());
        alert.put("previousSeverity", event.previousSeverity());
        if (a != null) {
            alert.put("ruleId", a.ruleId);
            alert.put("title", a.title);
            alert.put("riskScore", a.riskScore);
            alert.put("creatorId", a.creatorId);
            alert.put("accountId", a.accountId);
            alert.put("tierAtDetection", a.tierAtDetection);
            alert.put("reason", a.reason);
            alert.put("firstSeen", a.firstSeen.toString());
            alert.put("lastSeen", a.lastSeen.toString());
        }
        alert.put("href", "/api/alerts/" + event.alertId());
        body.put("alert", alert);
        return Json.write(body);
    }
}

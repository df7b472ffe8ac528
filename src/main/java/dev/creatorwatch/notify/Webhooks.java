package dev.creatorwatch.notify;

import dev.creatorwatch.api.ApiException;
import dev.creatorwatch.api.Cursor;
import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.audit.Actor;
import dev.creatorwatch.audit.AuditTrail;
import dev.creatorwatch.fetch.guard.RefusedUrlException;
import dev.creatorwatch.fetch.guard.UrlGuard;
import dev.creatorwatch.json.Json;
import dev.creatorwatch.rules.Severity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Webhook subscriptions: validation, CRUD (audited, never with the secret), delivery log and test-send. */
@ApplicationScoped
public class Webhooks {

    public static final String ENTITY = "webhook";

    private final AuditTrail audit;
    private final Clock clock;
    private final WebhookDispatcher dispatcher;
    private final UrlGuard guard;

    public Webhooks(AuditTrail audit, Clock clock, WebhookDispatcher dispatcher, UrlGuard guard) {
        this.audit = audit;
        this.clock = clock;
        this.dispatcher = dispatcher;
        this.guard = guard;
    }

    /**
     * Create or replace: url (http/https, no credentials, a public address unless allowlisted), minSeverity, events
     * (NEW, ESCALATED).
     */
    public record Request(String url, String minSeverity, List<String> events, Boolean active, String description) {
    }

    /** A subscription; {@code secret} is only filled in the response to its creation. */
    public record View(long id, String url, Severity minSeverity, Set<WebhookEvent> events, boolean active,
            String description, String createdBy, Instant createdAt, String secret) {
    }

    public record DeliveryView(long id, long subscriptionId, String event, Long alertId, WebhookDelivery.Status status,
            int attempts, int maxAttempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode,
            String lastError, Instant createdAt, Instant deliveredAt) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.subscriptionId, d.event.wireName(), d.alertId, d.status, d.attempts,
                    d.maxAttempts, d.nextAttemptAt, d.lastAttemptAt, d.lastStatusCode, d.lastError, d.createdAt,
                    d.deliveredAt);
        }
    }

    public View create(Actor actor, Request r) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription s = new WebhookSubscription();
            apply(s, r);
            s.secret = WebhookSigner.newSecret();
            s.createdBy = actor.name();
            s.createdAt = clock.instant();
            s.persist();
            audit.record(actor, ENTITY, s.id, "created", null, state(s));
            View v = view(s);
            return new View(v.id(), v.url(), v.minSeverity(), v.events(), v.active(), v.description(), v.createdBy(),
                    v.createdAt(), s.secret);
        });
    }

    public View update(Actor actor, long id, Request r) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription s = find(id);
            Map<String, Object> before = state(s);
            apply(s, r);
            audit.record(actor, ENTITY, s.id, "updated", before, state(s));
            return view(s);
        });
    }

    public void delete(Actor actor, long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookSubscription s = find(id);
            audit.record(actor, ENTITY, s.id, "deleted", state(s), null);
            WebhookDelivery.delete("subscriptionId", s.id);
            s.delete();
        });
    }

    public List<View> list() {
        return QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.<WebhookSubscription>list("order by id")
                .stream().map(Webhooks::view).toList());
    }

    public View get(long id) {
        return QuarkusTransaction.requiringNew().call(() -> view(find(id)));
    }

    /** The delivery log, newest first, keyset-paged. */
    public Page<DeliveryView> deliveries(long id, String after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            find(id);
            Cursor c = Cursor.decode(after);
            List<WebhookDelivery> rows = c == null
                    ? WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 order by id desc", id)
                            .page(0, limit + 1).list()
                    : WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and id < ?2 order by id desc", id,
                            c.id()).page(0, limit + 1).list();
            boolean more = rows.size() > limit;
            List<WebhookDelivery> page = more ? rows.subList(0, limit) : rows;
            return new Page<>(page.stream().map(DeliveryView::of).toList(),
                    more ? new Cursor(null, page.get(limit - 1).id).encode() : null);
        });
    }

    /** Sends a signed test event now, once (no retries), and returns its logged delivery. */
    public DeliveryView test(Actor actor, long id) {
        long deliveryId = QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription s = find(id);
            Instant now = clock.instant();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("event", WebhookEvent.TEST.wireName());
            body.put("occurredAt", now.toString());
            body.put("subscriptionId", s.id);
            body.put("requestedBy", actor.name());
            audit.record(actor, ENTITY, s.id, "test-sent", null, null);
            return WebhookOutbox.enqueue(s, WebhookEvent.TEST, null, Json.write(body), 1, now).id;
        });
        return DeliveryView.of(dispatcher.sendNow(deliveryId, clock.instant()));
    }

    private static WebhookSubscription find(long id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Webhook", id));
    }

    private void apply(WebhookSubscription s, Request r) {
        if (r == null) {
            throw ApiException.badRequest("A webhook needs a body");
        }
        s.url = validUrl(r.url());
        Severity min = QueryParams.one("minSeverity", r.minSeverity(), Severity::fromName);
        s.minSeverity = min == null ? Severity.HIGH : min;
        List<WebhookEvent> events = QueryParams.list("events", r.events(), WebhookEvent::subscribable);
        s.eventSet(events.isEmpty() ? EnumSet.of(WebhookEvent.NEW, WebhookEvent.ESCALATED) : EnumSet.copyOf(events));
        s.active = r.active() == null || r.active();
        if (r.description() != null && r.description().length() > 500) {
            throw ApiException.invalid("description", "must be at most 500 characters");
        }
        s.description = r.description();
    }

    /**
     * A URL the SSRF guard accepts now (the sender checks it again before every delivery, as DNS answers change). A
     * host that does not resolve yet is accepted: that is a network condition, and delivery retries it.
     */
    String validUrl(String raw) {
        String url = wellFormedUrl(raw);
        try {
            guard.resolveAndCheck(URI.create(url));
        } catch (RefusedUrlException e) {
            throw ApiException.invalid("url", e.getMessage());
        } catch (UnknownHostException e) {
            // checked again on every delivery
        }
        return url;
    }

    static String wellFormedUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalid("url", "is required");
        }
        if (raw.length() > 2048) {
            throw ApiException.invalid("url", "must be at most 2048 characters");
        }
        try {
            URI u = new URI(raw.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw ApiException.invalid("url", "must be an http or https URL");
            }
            if (u.getHost() == null || u.getHost().isBlank()) {
                throw ApiException.invalid("url", "must name a host");
            }
            if (u.getRawUserInfo() != null) {
                throw ApiException.invalid("url", "must not carry credentials; the signature authenticates us");
            }
            if (u.getRawFragment() != null) {
                throw ApiException.invalid("url", "must not have a fragment");
            }
            return u.toString();
        } catch (URISyntaxException e) {
            throw ApiException.invalid("url", "is not a valid URL");
        }
    }

    private static Map<String, Object> state(WebhookSubscription s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", auditedUrl(s.url));
        m.put("minSeverity", s.minSeverity);
        m.put("events", s.events);
        m.put("active", s.active);
        m.put("description", s.description);
        return m;
    }

    /**
     * The receiver's address as the audit trail keeps it: scheme, host and port, and a fingerprint of the rest. Many
     * receivers (Slack-style hooks) take the path or query itself as the password, and the audit trail is read by
     * people who may not see webhooks; the fingerprint still shows when the address changed.
     */
    static String auditedUrl(String url) {
        URI u = URI.create(url);
        String origin = u.getScheme() + "://" + u.getRawAuthority();
        String rest = (u.getRawPath() == null ? "" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        if (rest.isEmpty() || rest.equals("/")) {
            return origin + "/";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rest.getBytes(StandardCharsets.UTF_8));
            return origin + "/… (sha256 " + HexFormat.of().formatHex(digest, 0, 6) + ")";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static View view(WebhookSubscription s) {
        return new View(s.id, s.url, s.minSeverity, s.eventSet(), s.active, s.description, s.createdBy, s.createdAt,
                null);
    }
}

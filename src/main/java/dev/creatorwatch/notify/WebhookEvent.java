package dev.creatorwatch.notify;

import java.util.Locale;
import java.util.Optional;

/** What a subscription can ask for; TEST is only sent by the test-send endpoint. */
public enum WebhookEvent {
    NEW("alert.new"),
    ESCALATED("alert.escalated"),
    TEST("webhook.test");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> subscribable(String v) {
        try {
            WebhookEvent e = valueOf(v.strip().toUpperCase(Locale.ROOT));
            return e == TEST ? Optional.empty() : Optional.of(e);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}

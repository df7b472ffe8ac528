package dev.creatorwatch.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/** Posts one signed body; never follows redirects (a redirect could carry the signature somewhere unintended). */
@ApplicationScoped
public class WebhookSender {

    /** What the receiver answered: a status code, or an error when there was no answer. */
    public record Outcome(Integer statusCode, String error) {

        public boolean ok() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final HttpClient client;
    private final NotifyConfig config;
    private final Clock clock;

    public WebhookSender(NotifyConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Outcome send(String url, String secret, long deliveryId, WebhookEvent event, String body) {
        long t = clock.instant().getEpochSecond();
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "creator-risk-monitor-webhooks")
                    .header("X-Monitor-Event", event.wireName())
                    .header("X-Monitor-Delivery", Long.toString(deliveryId))
                    .header(WebhookSigner.HEADER, WebhookSigner.header(secret, t, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<Void> res = client.send(req, HttpResponse.BodyHandlers.discarding());
            return new Outcome(res.statusCode(), res.statusCode() / 100 == 2 ? null : "HTTP " + res.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }
}

package dev.creatorwatch.notify;

import dev.creatorwatch.fetch.guard.RefusedUrlException;
import dev.creatorwatch.fetch.guard.UrlGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/**
 * Posts one signed body. The URL goes through the fetcher's SSRF guard ({@link UrlGuard}, allowlist
 * {@code monitor.fetch.allowed-hosts}) right before every attempt, not only when the subscription was saved: the
 * host's DNS answer may have changed since. A refused URL is not contacted at all. Redirects are never followed (a
 * redirect could carry the signed body to a target the guard never saw). Residual DNS-rebinding window as in
 * {@link dev.creatorwatch.fetch.http.HopClient}: the client resolves the name again when it connects, normally from
 * the JVM's DNS cache filled by the guard's lookup.
 */
@ApplicationScoped
public class WebhookSender {

    /** What the receiver answered: a status code, or an error when there was no answer; refused: never sent. */
    public record Outcome(Integer statusCode, String error, boolean refused) {

        static Outcome answered(int statusCode) {
            return new Outcome(statusCode, statusCode / 100 == 2 ? null : "HTTP " + statusCode, false);
        }

        static Outcome noAnswer(String error) {
            return new Outcome(null, error, false);
        }

        static Outcome refusedBy(String reason) {
            return new Outcome(null, "refused, not sent: " + reason, true);
        }

        public boolean ok() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final HttpClient client;
    private final NotifyConfig config;
    private final Clock clock;
    private final UrlGuard guard;

    public WebhookSender(NotifyConfig config, Clock clock, UrlGuard guard) {
        this.config = config;
        this.clock = clock;
        this.guard = guard;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Outcome send(String url, String secret, long deliveryId, WebhookEvent event, String body) {
        long t = clock.instant().getEpochSecond();
        URI target;
        try {
            target = URI.create(url);
            guard.resolveAndCheck(target);
        } catch (RefusedUrlException e) {
            return Outcome.refusedBy(e.getMessage());
        } catch (IllegalArgumentException e) {
            return Outcome.refusedBy("not a valid URL");
        } catch (UnknownHostException e) {
            return Outcome.noAnswer("host " + e.getMessage() + " does not resolve");
        }
        try {
            HttpRequest req = HttpRequest.newBuilder(target).timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "creator-risk-monitor-webhooks")
                    .header("X-Monitor-Event", event.wireName())
                    .header("X-Monitor-Delivery", Long.toString(deliveryId))
                    .header(WebhookSigner.HEADER, WebhookSigner.header(secret, t, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<Void> res = client.send(req, HttpResponse.BodyHandlers.discarding());
            return Outcome.answered(res.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return Outcome.noAnswer(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.noAnswer("interrupted");
        }
    }
}

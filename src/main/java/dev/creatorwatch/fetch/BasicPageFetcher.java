package dev.creatorwatch.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/** First fetcher: one jsoup GET with timeouts and a body cap, mapped to a typed outcome. */
@ApplicationScoped
public class BasicPageFetcher {

    static final int MAX_BODY = 5 * 1024 * 1024;
    static final String USER_AGENT = "CreatorRiskMonitor/0.1 (+https://github.com/creatorwatch/monitor)";

    public FetchResult fetch(String url) {
        long start = System.nanoTime();
        try {
            Connection.Response r = Jsoup.connect(url).userAgent(USER_AGENT).timeout(15_000).maxBodySize(MAX_BODY + 1)
                    .ignoreHttpErrors(true).ignoreContentType(true).followRedirects(true).execute();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            int status = r.statusCode();
            FetchOutcome outcome = outcomeOf(status);
            if (outcome != FetchOutcome.OK) {
                return FetchResult.failed(outcome, status, r.url().toString(), took, "HTTP " + status);
            }
            byte[] body = r.bodyAsBytes();
            if (body.length > MAX_BODY) {
                return FetchResult.failed(FetchOutcome.TOO_LARGE, status, r.url().toString(), took,
                        "body over " + MAX_BODY + " bytes");
            }
            return new FetchResult(FetchOutcome.OK, status, r.url().toString(), r.body(), body.length, took,
                    r.header("ETag"), r.header("Last-Modified"), null);
        } catch (SocketTimeoutException e) {
            return FetchResult.failed(FetchOutcome.NETWORK_ERROR, 0, url, Duration.ofNanos(System.nanoTime() - start),
                    "timed out");
        } catch (IOException | IllegalArgumentException e) {
            return FetchResult.failed(FetchOutcome.NETWORK_ERROR, 0, url, Duration.ofNanos(System.nanoTime() - start),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static FetchOutcome outcomeOf(int status) {
        if (status >= 200 && status < 300) {
            return FetchOutcome.OK;
        }
        return switch (status) {
            case 304 -> FetchOutcome.NOT_MODIFIED;
            case 401, 403 -> FetchOutcome.LOGIN_WALL;
            case 404 -> FetchOutcome.NOT_FOUND;
            case 410, 451 -> FetchOutcome.SUSPENDED;
            case 429, 503 -> FetchOutcome.RATE_LIMITED;
            default -> FetchOutcome.NETWORK_ERROR;
        };
    }
}

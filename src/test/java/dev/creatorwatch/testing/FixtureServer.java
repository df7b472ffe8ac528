package dev.creatorwatch.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web server for tests: each path answers with the page currently set for it, so a test can change what a
 * "profile" shows between two scans. Binds to loopback only; tests never reach the internet. Pages set with
 * {@link #htmlWithValidators} carry an ETag and a Last-Modified and answer 304 to a matching conditional GET, as a
 * well-behaved site does; the others ignore conditional headers.
 */
public final class FixtureServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Raw> raw = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();
    private final Map<String, Headers> lastRequestHeaders = new ConcurrentHashMap<>();

    /** One canned answer; {@code etag} and {@code lastModified} are null for pages without validators. */
    public record Page(int status, String contentType, String body, String etag, Instant lastModified,
            Map<String, String> headers) {

        public Page(int status, String contentType, String body) {
            this(status, contentType, body, null, null, Map.of());
        }

        boolean unchangedFor(Headers request) {
            String ifNoneMatch = request.getFirst("If-None-Match");
            if (ifNoneMatch != null) {
                // RFC 9110 13.1.2: If-None-Match wins over If-Modified-Since; weak comparison.
                return etag != null && List.of(ifNoneMatch.split(",")).stream().map(String::strip)
                        .anyMatch(t -> t.equals("*") || t.replaceFirst("^W/", "").equals(etag));
            }
            String ifModifiedSince = request.getFirst("If-Modified-Since");
            if (ifModifiedSince == null || lastModified == null) {
                return false;
            }
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    public FixtureServer() {
        try {
            server = LoopbackHttpServers.create(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            requestsByPath.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            lastRequestHeaders.put(path, copy(exchange.getRequestHeaders()));
            Raw bytes = raw.get(path);
            if (bytes != null) {
                answer(exchange, bytes);
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            Page p = query == null ? null : pages.get(path + "?" + query);
            if (p == null) {
                p = pages.getOrDefault(path, new Page(404, "text/html", "<html><body>not found</body></html>"));
            }
            answer(exchange, p);
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void html(String path, String body) {
        pages.put(path, new Page(200, "text/html; charset=utf-8", body));
    }

    /** A page with an ETag (a hash of its body) and the given Last-Modified; it answers 304 when they match. */
    public void htmlWithValidators(String path, String body, Instant lastModified) {
        pages.put(path, new Page(200, "text/html; charset=utf-8", body, etagOf(body), lastModified, Map.of()));
    }

    /** The request headers of the latest request to {@code path} (null if none came). */
    public Headers lastRequestHeaders(String path) {
        return lastRequestHeaders.get(path);
    }

    public static String etagOf(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String httpDate(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    }

    private static void answer(HttpExchange exchange, Page p) throws IOException {
        Headers out = exchange.getResponseHeaders();
        if (p.etag() != null) {
            out.set("ETag", p.etag());
        }
        if (p.lastModified() != null) {
            out.set("Last-Modified", httpDate(p.lastModified()));
        }
        if (p.status() == 200 && p.unchangedFor(exchange.getRequestHeaders())) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
        out.set("Content-Type", p.contentType());
        p.headers().forEach(out::set);
        exchange.sendResponseHeaders(p.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(body);
        }
    }

    /** A binary answer (an image, say), with extra headers (e.g. {@code Location} for a redirect). */
    private record Raw(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    /** Answers {@code path} with these bytes (any query). */
    public void bytes(String path, String contentType, byte[] body) {
        raw.put(path, new Raw(200, contentType, body.clone(), Map.of()));
    }

    /** Answers {@code path} with a redirect to {@code location}. */
    public void redirect(String path, int status, String location) {
        raw.put(path, new Raw(status, "text/plain", new byte[0], Map.of("Location", location)));
    }

    /** How many requests came for {@code path}. */
    public int requestsTo(String path) {
        return requestsByPath.getOrDefault(path, new AtomicInteger()).get();
    }

    private static void answer(HttpExchange exchange, Raw r) throws IOException {
        Headers out = exchange.getResponseHeaders();
        out.set("Content-Type", r.contentType());
        r.headers().forEach(out::set);
        exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(r.body());
        }
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        copy.putAll(headers);
        return copy;
    }

    /**
     * A JSON answer with extra response headers (e.g. {@code Link}). {@code pathAndQuery} may carry a raw query
     * string, which then must match exactly; a path alone answers any query.
     */
    public void json(String pathAndQuery, String body, Map<String, String> headers) {
        pages.put(pathAndQuery, new Page(200, "application/json; charset=utf-8", body, null, null,
                Map.copyOf(headers)));
    }

    public void status(String path, int status) {
        pages.put(path, new Page(status, "text/html", "<html><body>error " + status + "</body></html>"));
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

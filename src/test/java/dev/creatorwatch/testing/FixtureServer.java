package dev.creatorwatch.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web server for tests: each path answers with the page currently set for it, so a test can change what a
 * "profile" shows between two scans. Binds to loopback only; tests never reach the internet.
 */
public final class FixtureServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    /** One canned answer. */
    public record Page(int status, String contentType, String body, Map<String, String> headers) {
        public Page(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }
    }

    public FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String query = exchange.getRequestURI().getRawQuery();
            Page p = query == null ? null : pages.get(exchange.getRequestURI().getPath() + "?" + query);
            if (p == null) {
                p = pages.getOrDefault(exchange.getRequestURI().getPath(),
                        new Page(404, "text/html", "<html><body>not found</body></html>"));
            }
            byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", p.contentType());
            p.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(p.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void html(String path, String body) {
        pages.put(path, new Page(200, "text/html; charset=utf-8", body));
    }

    /**
     * A JSON answer with extra response headers (e.g. {@code Link}). {@code pathAndQuery} may carry a raw query
     * string, which then must match exactly; a path alone answers any query.
     */
    public void json(String pathAndQuery, String body, Map<String, String> headers) {
        pages.put(pathAndQuery, new Page(200, "application/json; charset=utf-8", body, Map.copyOf(headers)));
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

package dev.creatorwatch.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.creatorwatch.testing.LoopbackHttpServers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback HTTP server that tests program route by route, recording every request it receives. */
final class TestSite implements AutoCloseable {

    record Hit(String path, Headers headers) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    private TestSite() throws IOException {
        server = LoopbackHttpServers.create(0);
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    static TestSite start() throws IOException {
        return new TestSite();
    }

    TestSite on(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The allowlist entry naming exactly this server. */
    String allowEntry() {
        return "127.0.0.1:" + port();
    }

    List<Hit> hits() {
        return hits;
    }

    long hitsTo(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        hits.add(new Hit(path, exchange.getRequestHeaders()));
        HttpHandler handler = routes.get(path);
        try (exchange) {
            if (handler == null) {
                send(exchange, 404, "text/plain", "no route".getBytes(StandardCharsets.UTF_8), Map.of());
            } else {
                handler.handle(exchange);
            }
        } catch (IOException e) {
            // The client hung up on purpose (caps, timeouts): nothing to do.
        }
    }

    static HttpHandler html(int status, String body) {
        return ex -> send(ex, status, "text/html; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static HttpHandler bytes(int status, String contentType, byte[] body, Map<String, String> headers) {
        return ex -> send(ex, status, contentType, body, headers);
    }

    static HttpHandler status(int status, Map<String, String> headers) {
        return ex -> send(ex, status, "text/html", new byte[0], headers);
    }

    static HttpHandler redirect(int status, String location) {
        return status(status, Map.of("Location", location));
    }

    static HttpHandler text(String body) {
        return ex -> send(ex, 200, "text/plain", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body, Map<String, String> headers)
            throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        boolean noBody = status == 304 || status == 204 || body.length == 0;
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

package dev.creatorwatch.scan;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.demo.DemoProfile;
import dev.creatorwatch.demo.DemoSiteResource;
import dev.creatorwatch.testing.FixtureServer;
import dev.creatorwatch.testing.LoopbackHttpServers;
import dev.creatorwatch.testing.ProfilePages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * The scan benchmark's stand-in for the platforms: {@code n} distinct profile pages on loopback in the shapes of the
 * demo site (Instagram, TikTok, YouTube, X, Mastodon) and of a schema.org page (web). Every page grows a little at
 * each round, some jump (bought followers), some have brand-unsafe bios, some copy a protected creator. Pages carry
 * an ETag and Last-Modified and answer 304 to a matching conditional GET. Pages are rendered before each round, so
 * serving one is a map look-up and a write (with TCP_NODELAY, as real servers do); the site counts requests and its
 * own service time, to show it was not the bottleneck.
 */
final class ScanBenchSite implements AutoCloseable {

    static final Instant EPOCH = Instant.parse("2026-11-01T00:00:00Z");
    private static final int ROUNDS = 32;

    /** One benchmark account: its platform, handle and creator, as seeded into the database. */
    record Account(int index, Platform platform, String handle, String creatorName, int creatorIndex,
            boolean protectedIdentity, DemoProfile profile) {
    }

    private final List<Account> accounts;
    private final byte[] padding;
    private final HttpServer server;
    private final ExecutorService executor;
    private volatile byte[][] pages;
    private volatile String[] etags;
    private volatile String lastModified;
    private final LongAdder requests = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder serveNanos = new LongAdder();
    private final LongAdder bytesServed = new LongAdder();

    ScanBenchSite(int n, int paddingKb, int threads) throws IOException {
        this.accounts = accounts(n);
        this.padding = padding(paddingKb * 1024);
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-site");
            t.setDaemon(true);
            return t;
        });
        this.server = LoopbackHttpServers.create(512);
        server.createContext("/p/", this::serve);
        server.setExecutor(executor);
        render(0);
        server.start();
    }

    List<Account> accounts() {
        return accounts;
    }

    String url(Account a) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/p/" + a.index();
    }

    /** Renders every page as it looks at {@code round} (0 = the first scan); earlier ETags no longer match. */
    void render(int round) {
        byte[][] next = new byte[accounts.size()][];
        String[] nextTags = new String[accounts.size()];
        for (Account a : accounts) {
            String html = a.platform() == Platform.WEB
                    ? ProfilePages.jsonLd(a.profile().name(), a.handle(), a.profile().followersAt(round),
                            a.profile().posts())
                    : DemoSiteResource.render(a.profile(), round);
            int body = html.lastIndexOf("</body>");
            String page = padding.length == 0 || body < 0 ? html
                    : html.substring(0, body) + new String(padding, StandardCharsets.UTF_8) + html.substring(body);
            next[a.index()] = page.getBytes(StandardCharsets.UTF_8);
            nextTags[a.index()] = FixtureServer.etagOf(page);
        }
        pages = next;
        etags = nextTags;
        lastModified = FixtureServer.httpDate(EPOCH.plus(Duration.ofHours(Math.min(round, ROUNDS - 1))));
    }

    private void serve(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        try (exchange) {
            requests.increment();
            String path = exchange.getRequestURI().getPath();
            int index;
            try {
                index = Integer.parseInt(path.substring("/p/".length()));
            } catch (NumberFormatException e) {
                index = -1;
            }
            byte[][] current = pages;
            if (index < 0 || index >= current.length) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = etags[index];
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.increment();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = current[index];
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            bytesServed.add(body.length);
        } finally {
            serveNanos.add(System.nanoTime() - started);
        }
    }

    /** Requests, 304s, bytes and summed service time so far. */
    record Stats(long requests, long notModified, long bytes, long serveNanos) {

        Stats minus(Stats before) {
            return new Stats(requests - before.requests, notModified - before.notModified, bytes - before.bytes,
                    serveNanos - before.serveNanos);
        }
    }

    Stats stats() {
        return new Stats(requests.sum(), notModified.sum(), bytesServed.sum(), serveNanos.sum());
    }

    long averagePageBytes() {
        long total = 0;
        for (byte[] p : pages) {
            total += p.length;
        }
        return total / pages.length;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static final Platform[] PLATFORMS = {Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE, Platform.X,
            Platform.MASTODON, Platform.WEB};
    private static final String[] TEMPLATES = {"instagram-profile.html", "tiktok-profile.html",
            "youtube-channel.html", "x-profile.html", "mastodon-profile.html", null};
    private static final String[] BIOS = {"Slow travel and film photos", "Skincare for real skin \u2022 Berlin",
            "Ramen, gyoza and 15-minute dinners", "Speedrunner. Cozy games on weekends.",
            "Darkroom notes from Vienna", "Trail running \u00b7 coffee \u00b7 dogs", "\u6771\u4eac\u306e\u30ab\u30d5\u30a7\u5de1\u308a",
            "Home workouts, no equipment"};

    /**
     * Accounts 5k..5k+3 belong to creator 4k..4k+3 and 5k+4 is a second account of creator 4k, so a fifth of the
     * creators have two accounts. One in 200 accounts belongs to a protected creator and the next one copies its
     * name and handle; one in 100 bios is brand-unsafe; one in 50 accounts quadruples its followers at round 1.
     */
    private static List<Account> accounts(int n) {
        List<Account> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int creator = i / 5 * 4 + (i % 5 == 4 ? 0 : i % 5);
            int kind = i % PLATFORMS.length;
            Platform platform = PLATFORMS[kind];
            boolean protectedIdentity = i % 200 == 0;
            boolean impersonator = i % 200 == 1;
            String name = impersonator ? protectedName(i - 1) : protectedIdentity ? protectedName(i)
                    : FIRST[creator % FIRST.length] + " " + LAST[creator / FIRST.length % LAST.length];
            String handle = (impersonator ? handleOf(protectedName(i - 1), i - 1) + ".official"
                    : handleOf(name, creator)) + (i % 5 == 4 ? "." + platform.name().toLowerCase(Locale.ROOT) : "");
            String bio = i % 100 == 7 ? "DM for c0ca1ne & good times" : impersonator
                    ? BIOS[(i - 1) % BIOS.length] + " Official giveaway page! DM to claim your prize"
                    : BIOS[i % BIOS.length];
            long base = 500 + (i * 7919L) % 2_000_000;
            List<Long> timeline = new ArrayList<>(ROUNDS);
            for (int r = 0; r < ROUNDS; r++) {
                long grown = base + base * r / 500 + r;
                timeline.add(i % 50 == 3 && r >= 1 ? grown * 4 : grown);
            }
            List<Long> likes = List.of(base / 40 + 3, base / 45 + 2, base / 38 + 5, base / 50 + 1);
            DemoProfile profile = new DemoProfile(platform.name().toLowerCase(Locale.ROOT), handle, name, bio,
                    i % 3 == 0 ? "https://" + handle.replace('.', '-') + ".example/" : null, i % 11 == 0,
                    TEMPLATES[kind], timeline, 100 + i % 900, 50 + i % 2000, likes);
            out.add(new Account(i, platform, handle, name, creator, protectedIdentity, profile));
        }
        return out;
    }

    /** Regular creators' names; protected creators' names share no word with them. */
    private static final String[] FIRST = {"Mia", "Noah", "Emma", "Liam", "Sofia", "Lucas", "Hana", "Kenji", "Aisha",
            "Mateo", "Chloe", "Arjun", "Lena", "Omar", "Yuki", "Elena", "Tariq", "Nina", "Felix", "Priya", "Jonas",
            "Camila", "Hugo", "Sara", "Malik", "Ines", "Theo", "Leila", "Oskar", "Maya", "Diego", "Freya", "Ravi"};
    private static final String[] LAST = {"Garcia", "Mueller", "Rossi", "Kim", "Silva", "Novak", "Tanaka", "Okafor",
            "Dubois", "Jansen", "Kowalski", "Haddad", "Larsen", "Moreau", "Nakamura", "Petrov", "Santos", "Weber",
            "Costa", "Fischer", "Lindqvist", "Mendes", "Park", "Romano", "Schmidt", "Vargas", "Yilmaz", "Zhang",
            "Andersen", "Bauer", "Castillo", "Eriksen", "Ferreira", "Gomez", "Ivanova", "Jovanovic", "Khan"};
    private static final String[] PROTECTED = {"Aurelia Quill", "Bastian Vorhees", "Celestine Marlowe",
            "Dorian Ashcombe", "Evangeline Thorne", "Fitzgerald Okonkwo", "Genevieve Castellanos", "Horatio Blackwood",
            "Isolde Fairweather", "Jericho Winslow"};

    private static String protectedName(int index) {
        return PROTECTED[index / 200 % PROTECTED.length] + (index / 200 >= PROTECTED.length ? " " + index / 2000 : "");
    }

    private static String handleOf(String name, int n) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + n;
    }

    /** Markup of the size and kind that surrounds a profile on real pages: navigation, post tiles, footer links. */
    private static byte[] padding(int size) {
        StringBuilder b = new StringBuilder(size + 256);
        int n = 0;
        while (b.length() < size) {
            b.append("<div class=\"tile\"><a href=\"/p/C").append(n).append("x9Qe/\" tabindex=\"0\">")
                    .append("<img alt=\"Photo shared by a creator on ").append(n % 28 + 1)
                    .append(" October\" src=\"https://cdn.example/v/t51/").append(n * 7919)
                    .append("_n.jpg?stp=dst-jpg_e35&amp;_nc_ht=cdn.example\" style=\"object-fit:cover\"></a>")
                    .append("<span class=\"likes\">").append(n * 13 % 997).append("</span></div>\n");
            n++;
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}

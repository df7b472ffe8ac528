package dev.creatorwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.creatorwatch.api.Page;
import dev.creatorwatch.api.QueryParams;
import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.testing.bench.BenchDataset;
import dev.creatorwatch.testing.bench.BenchProfile;
import dev.creatorwatch.testing.bench.CpuTime;
import dev.creatorwatch.testing.bench.Latencies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Latency of the pages the triage screens load, on 1,000,000 alerts in PostgreSQL: the queue (GET /api/alerts/queue)
 * and the filtered list (GET /api/alerts), each called as its endpoint calls it (same filter parsing, one
 * transaction, the views with creators, accounts and tags), so the figure is the app's, minus HTTP and JSON.
 * Parameters vary per iteration from a fixed seed. Target: p95 under 25 ms. Run: ./mvnw -q -Pbench-db test
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("bench")
class AlertQueryBenchmark {

    static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    static final int ITERATIONS = Integer.getInteger("bench.iterations", 300);

    @Inject
    AlertQuery query;
    @Inject
    DataSource dataSource;

    final SplittableRandom rnd = new SplittableRandom(7);

    @Test
    void queueAndListPages() throws Exception {
        BenchDataset.ensureLoaded(dataSource);
        Latencies l = new Latencies(WARMUP, ITERATIONS, new CpuTime(dataSource));

        l.time("queue, first page", i -> queue(null, null, null, null, null, null, null));
        List<String> queueCursors = cursors(after -> QuarkusTransaction.requiringNew().call(() ->
                query.queue(AlertQuery.Filter.NONE, after, QueryParams.DEFAULT_LIMIT)), 40);
        l.time("queue, pages 2-40 (cursor)", i -> page(() -> query.queue(AlertQuery.Filter.NONE,
                queueCursors.get(rnd.nextInt(queueCursors.size())), QueryParams.DEFAULT_LIMIT)));
        l.time("queue, severity=critical", i -> queue(List.of("critical"), null, null, null, null, null, null));
        l.time("queue, severity=high,critical", i -> queue(List.of("high", "critical"), null, null, null, null, null,
                null));
        l.time("queue, severity=low", i -> queue(List.of("low"), null, null, null, null, null, null));
        l.time("queue, tier=mega", i -> queue(null, null, List.of("mega"), null, null, null, null));
        l.time("queue, tier=nano,micro", i -> queue(null, null, List.of("nano", "micro"), null, null, null, null));
        l.time("queue, platform=<random>", i -> queue(null, null, null, platform(), null, null, null));
        l.time("queue, rule=<random>", i -> queue(null, rule(), null, null, null, null, null));
        l.time("queue, creator=<random>", i -> queue(null, null, null, null, creator(), null, null));
        l.time("queue, assignee=<random>", i -> queue(null, null, null, null, null, analyst(), null));
        l.time("queue, tag=<random>", i -> queue(null, null, null, null, null, null, tag()));
        l.time("queue, severity=high + platform=<random>", i -> queue(List.of("high"), null, null, platform(), null,
                null, null));

        l.time("list, no filter", i -> list(null, null, null, null, null, null, null, null, null, null));
        List<String> listCursors = cursors(after -> QuarkusTransaction.requiringNew().call(() ->
                query.list(AlertQuery.Filter.NONE, after, QueryParams.DEFAULT_LIMIT)), 100);
        l.time("list, pages 2-100 (cursor)", i -> page(() -> query.list(AlertQuery.Filter.NONE,
                listCursors.get(rnd.nextInt(listCursors.size())), QueryParams.DEFAULT_LIMIT)));
        l.time("list, status=new", i -> list(List.of("new"), null, null, null, null, null, null, null, null, null));
        l.time("list, status=new,acknowledged,in_progress", i -> list(List.of("new", "acknowledged", "in_progress"),
                null, null, null, null, null, null, null, null, null));
        l.time("list, status=closed + severity=high", i -> list(List.of("closed"), List.of("high"), null, null, null,
                null, null, null, null, null));
        l.time("list, severity=critical", i -> list(null, List.of("critical"), null, null, null, null, null, null,
                null, null));
        l.time("list, status=new + severity=critical", i -> list(List.of("new"), List.of("critical"), null, null,
                null, null, null, null, null, null));
        l.time("list, severity=informational,low", i -> list(null, List.of("informational", "low"), null, null, null,
                null, null, null, null, null));
        l.time("list, tier=mega", i -> list(null, null, null, List.of("mega"), null, null, null, null, null, null));
        l.time("list, tier=mega + status=new", i -> list(List.of("new"), null, null, List.of("mega"), null, null,
                null, null, null, null));
        l.time("list, platform=<random>", i -> list(null, null, null, null, platform(), null, null, null, null,
                null));
        l.time("list, platform=<random> + status=new", i -> list(List.of("new"), null, null, null, platform(), null,
                null, null, null, null));
        l.time("list, rule=<random>", i -> list(null, null, rule(), null, null, null, null, null, null, null));
        l.time("list, creator=<random>", i -> list(null, null, null, null, null, creator(), null, null, null, null));
        l.time("list, from/to=<random 7-day window>", i -> {
            Instant from = BenchDataset.BASE.minus(Duration.ofDays(7 + rnd.nextInt(358)));
            return list(null, null, null, null, null, null, from.toString(), from.plus(Duration.ofDays(7)).toString(),
                    null, null);
        });
        l.time("list, from/to=<random 7-day window> + severity=high", i -> {
            Instant from = BenchDataset.BASE.minus(Duration.ofDays(7 + rnd.nextInt(358)));
            return list(null, List.of("high"), null, null, null, null, from.toString(),
                    from.plus(Duration.ofDays(7)).toString(), null, null);
        });
        l.time("list, assignee=<random> + status=in_progress", i -> list(List.of("in_progress"), null, null, null,
                null, null, null, null, analyst(), null));
        l.time("list, tag=<random>", i -> list(null, null, null, null, null, null, null, null, null, tag()));

        System.out.println("bench: " + BenchDataset.ALERTS + " alerts in PostgreSQL, " + ITERATIONS
                + " iterations each after " + WARMUP + " warm-up, page size " + QueryParams.DEFAULT_LIMIT
                + "; CPU mean = JVM + PostgreSQL CPU per call\n" + l.table());
        assertThat(l.results()).allSatisfy(r -> assertThat(r.rows()).as(r.name() + " returned rows").isPositive());
    }

    private int queue(List<String> severity, String rule, List<String> tier, String platform, Long creator,
            String assignee, String tag) {
        return page(() -> query.queue(AlertQuery.Filter.parse(null, severity, rule, tier, platform, creator, null,
                null, assignee, tag), null, QueryParams.DEFAULT_LIMIT));
    }

    private int list(List<String> status, List<String> severity, String rule, List<String> tier, String platform,
            Long creator, String from, String to, String assignee, String tag) {
        return page(() -> query.list(AlertQuery.Filter.parse(status, severity, rule, tier, platform, creator, from, to,
                assignee, tag), null, QueryParams.DEFAULT_LIMIT));
    }

    /** One page in its own transaction, as the @Transactional endpoint runs it; returns its size. */
    private static int page(java.util.function.Supplier<Page<AlertView>> call) {
        return QuarkusTransaction.requiringNew().call(call::get).items().size();
    }

    /** The cursors of the first {@code pages} pages, as a client paging along would send them. */
    private static List<String> cursors(PageFetch next, int pages) {
        List<String> out = new ArrayList<>();
        String after = null;
        for (int i = 0; i < pages; i++) {
            after = next.apply(after).next();
            if (after == null) {
                break;
            }
            out.add(after);
        }
        return out;
    }

    @FunctionalInterface
    private interface PageFetch {
        Page<AlertView> apply(String after);
    }

    private String platform() {
        Platform[] common = {Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE, Platform.X, Platform.TWITCH,
            Platform.BLUESKY};
        return common[rnd.nextInt(common.length)].name().toLowerCase(Locale.ROOT);
    }

    private String rule() {
        return BenchDataset.ruleIds().get(rnd.nextInt(BenchDataset.ruleIds().size()));
    }

    private long creator() {
        return 1 + rnd.nextInt(BenchDataset.CREATORS);
    }

    private String analyst() {
        return BenchDataset.analysts().get(rnd.nextInt(BenchDataset.analysts().size()));
    }

    private String tag() {
        return BenchDataset.tags().get(rnd.nextInt(BenchDataset.tags().size()));
    }
}

package dev.creatorwatch.rules.impersonation;

import dev.creatorwatch.creator.Platform;
import dev.creatorwatch.rules.ProtectedIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-lookup time of {@link ProtectedIdentityIndex#matches} against the linear alternatives, over synthetic protected
 * identities (seeded, see {@link SyntheticIdentities}). Queries alternate between look-alikes of indexed identities
 * (affixes, homoglyphs, typos with the display name copied) and unrelated fresh identities. SampleTime mode, so JMH
 * prints the median (p0.50) per lookup.
 *
 * <ul>
 *   <li>{@code index}: normalise the candidate, look up its keys, verify the few hits with the full scorer.</li>
 *   <li>{@code linearScan}: the full scorer's cheap check on every identity (what the index must equal).</li>
 *   <li>{@code linearJaroWinkler}: only Jaro–Winkler of the handle cores against every identity, a lower bound for
 *       any linear scan, so the speed-up against it is the conservative one.</li>
 * </ul>
 * Keys of the protected identities are computed once in setup for all three, so no variant pays for normalisation
 * of the protected side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class ProtectedIdentityIndexBenchmark {

    @Param("1000000")
    public int identities;

    private ProtectedIdentityIndex index;
    private String[] cores;
    private List<CandidateAccount> queries;
    private List<String> queryCores;
    private int next;
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();

    @Setup
    public void setUp() {
        List<ProtectedIdentity> all = SyntheticIdentities.generate(identities, 20261125L);
        index = ProtectedIdentityIndex.build(all, ImpersonationSettings.defaults());
        LookalikeScorer scorer = index.scorer();
        cores = all.stream().map(p -> scorer.keys(p).handleCore()).toArray(String[]::new);
        queries = queries(all, 1000);
        queryCores = queries.stream().map(q -> scorer.keys(q.handle(), q.displayName(), null).handleCore()).toList();
    }

    static List<CandidateAccount> queries(List<ProtectedIdentity> all, int count) {
        SplittableRandom rnd = new SplittableRandom(42);
        LookalikeGenerator generator = new LookalikeGenerator();
        List<CandidateAccount> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                ProtectedIdentity p = all.get(rnd.nextInt(all.size()));
                List<String> lookalikes = generator.candidates(p.handle(), Platform.INSTAGRAM, 60);
                String handle = lookalikes.isEmpty() ? p.handle() + "_official"
                        : lookalikes.get(rnd.nextInt(lookalikes.size()));
                out.add(new CandidateAccount(Platform.INSTAGRAM, null, null, handle, p.displayName(), null, null,
                        120L, 3L));
            } else {
                ProtectedIdentity fresh = SyntheticIdentities.one(rnd, -1);
                out.add(new CandidateAccount(Platform.INSTAGRAM, null, null, fresh.handle(), fresh.displayName(),
                        null, null, 5000L, 200L));
            }
        }
        return out;
    }

    private int nextQuery() {
        next = (next + 1) % queries.size();
        return next;
    }

    @Benchmark
    public List<LookalikeMatch> index() {
        return index.matches(queries.get(nextQuery()));
    }

    @Benchmark
    public List<LookalikeMatch> linearScan() {
        return index.linearScan(queries.get(nextQuery()));
    }

    @Benchmark
    public int linearJaroWinkler() {
        String q = queryCores.get(nextQuery());
        int hits = 0;
        for (String core : cores) {
            if (jaroWinkler.apply(q, core) >= 0.95) {
                hits++;
            }
        }
        return hits;
    }
}

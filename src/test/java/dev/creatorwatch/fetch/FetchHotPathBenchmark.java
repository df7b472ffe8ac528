package dev.creatorwatch.fetch;

import dev.creatorwatch.fetch.charset.BodyDecoder;
import dev.creatorwatch.fetch.charset.UndecodableBodyException;
import dev.creatorwatch.fetch.guard.Allowlist;
import dev.creatorwatch.fetch.guard.UrlGuard;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** CPU cost of the per-fetch checks that do not touch the network: the URL guard and charset decoding. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FetchHotPathBenchmark {

    private UrlGuard guard;
    private URI publicName;
    private URI mappedLoopback;
    private byte[] shiftJisPage;

    @Setup
    public void setUp() throws UnknownHostException {
        InetAddress publicAddress = InetAddress.getByAddress("social.example", new byte[] {93, (byte) 184, (byte) 215, 14});
        guard = new UrlGuard(Allowlist.none(), host -> new InetAddress[] {publicAddress});
        publicName = URI.create("https://social.example/yuka.tanaka/");
        mappedLoopback = URI.create("http://[::ffff:7f00:1]/");
        StringBuilder page = new StringBuilder("<html><head><meta charset=\"Shift_JIS\"></head><body>");
        while (page.length() < 100_000) {
            page.append("<p>こんにちは、ゆかです。今日は東京で新しいコスメを紹介しました。フォロワー12万人。</p>");
        }
        shiftJisPage = page.append("</body></html>").toString().getBytes(Charset.forName("windows-31j"));
    }

    @Benchmark
    public Object guardAcceptsPublicName() throws UnknownHostException {
        return guard.resolveAndCheck(publicName);
    }

    @Benchmark
    public Object guardRefusesMappedLoopback() {
        try {
            guard.check(mappedLoopback);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** About 200 KB of Shift_JIS served with a wrong ISO-8859-1 header. */
    @Benchmark
    public Object decodeShiftJisWithWrongHeader() throws UndecodableBodyException {
        return BodyDecoder.decode(shiftJisPage, "text/html; charset=ISO-8859-1");
    }
}

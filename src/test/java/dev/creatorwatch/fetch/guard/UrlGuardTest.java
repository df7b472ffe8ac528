package dev.creatorwatch.fetch.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlGuardTest {

    /** Fake DNS: a few names with fixed answers, everything else unknown. Never touches the network. */
    private static final Map<String, List<String>> DNS = Map.of(
            "example.com", List.of("93.184.215.14"),
            "v6.example.com", List.of("2606:4700::6810:84e5"),
            "rebind.example.com", List.of("10.0.0.5"),
            "mixed.example.com", List.of("93.184.215.14", "127.0.0.1"),
            "metadata.example.com", List.of("169.254.169.254"),
            "mapped.example.com", List.of("::ffff:192.168.0.1"),
            "internal-test.example.com", List.of("127.0.0.1"));

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        List<String> answers = DNS.get(host);
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] result = new InetAddress[answers.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = InetAddress.getByAddress(host, Cidr.literalBytes(answers.get(i)));
        }
        return result;
    }

    private final UrlGuard guard = new UrlGuard(Allowlist.none(), UrlGuardTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/", "http://127.8.9.10:8080/x", "http://10.1.2.3/", "http://172.16.0.1/",
            "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
            "http://169.254.169.254./", "http://169.254.1.1/", "http://100.64.0.1/", "http://100.127.255.254/",
            "http://0.0.0.0/", "http://255.255.255.255/", "http://224.0.0.1/", "http://239.255.255.250/",
            "http://240.0.0.1/", "http://198.18.0.1/", "http://192.0.2.1/",
            "http://[::1]/", "http://[::]/", "http://[fe80::1]/", "http://[fe80::1%25eth0]/", "http://[fc00::1]/",
            "http://[fd12:3456::1]/", "http://[fd00:ec2::254]/", "http://[ff02::1]/", "http://[fec0::1]/",
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::ffff:10.0.0.1]/",
            "http://[::ffff:169.254.169.254]/", "http://[::127.0.0.1]/", "http://[64:ff9b::a00:1]/",
            "http://[2002:7f00:1::]/", "http://[2002:c0a8:101::1]/", "http://[2001:db8::1]/",
            "http://2130706433/", "http://0x7f.1/", "http://0x7f000001/", "http://0177.0.0.1/",
            "http://017700000001/", "http://127.1/", "http://127.0.1/", "http://0/", "http://1.2.3.4.5/",
            "http://256.1.1.1/", "http://010.0.0.1/",
            "http://localhost/", "http://LOCALHOST./", "http://foo.localhost/", "http://metadata.google.internal/",
            "http://metadata.google.internal./computeMetadata/v1/", "http://printer.local/", "http://db.internal/",
            "http://rebind.example.com/", "http://mixed.example.com/", "http://metadata.example.com/",
            "http://mapped.example.com/",
            "ftp://example.com/", "file:///etc/passwd", "gopher://example.com/", "jar:http://example.com!/",
            "javascript:alert(1)", "http://user:pw@example.com/", "http://user@example.com/", "http:///path",
            "https://example.com:0/"})
    void refusesNonPublicAndOddUrls(String url) {
        assertThatThrownBy(() -> guard.check(URI.create(url)))
                .isInstanceOf(RefusedUrlException.class)
                .hasMessageNotContaining("null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/", "https://example.com/instagram/yuka", "HTTPS://EXAMPLE.COM./",
            "http://93.184.215.14/", "https://v6.example.com/", "http://[2606:4700::6810:84e5]/", "http://8.8.8.8:8080/",
            "http://172.32.0.1/", "http://100.128.0.1/", "http://169.255.0.1/", "http://[2a00:1450::1]/"})
    void acceptsPublicUrls(String url) {
        assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://169.254.169.254/|cloud metadata",
            "http://[fd00:ec2::254]/|cloud metadata",
            "http://[::ffff:169.254.169.254]/|169.254.169.254, a cloud metadata",
            "http://10.0.0.1/|private network",
            "http://rebind.example.com/|10.0.0.5",
            "http://0x7f.1/|127.0.0.1",
            "http://2130706433/|127.0.0.1",
            "http://user:pw@example.com/|credentials",
            "ftp://example.com/|only http and https",
            "http://nowhere.example.com/|does not resolve",
            "http://metadata.google.internal/|internal name"})
    void refusalSaysWhy(String url, String reason) {
        assertThatThrownBy(() -> guard.check(URI.create(url))).hasMessageContaining(reason);
    }

    @Test
    void resolveAndCheckSeparatesDnsFailureFromRefusal() {
        assertThatThrownBy(() -> guard.resolveAndCheck(URI.create("http://nowhere.example.com/")))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void allowlistedHostAndPortOnly() throws Exception {
        UrlGuard allowing = new UrlGuard(new Allowlist(List.of("127.0.0.1:8089", "[::1]:9000")), UrlGuardTest::resolve);
        assertThat(allowing.resolveAndCheck(URI.create("http://127.0.0.1:8089/a")).addresses())
                .extracting(InetAddress::getHostAddress).containsExactly("127.0.0.1");
        assertThatCode(() -> allowing.check(URI.create("http://[::1]:9000/"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> allowing.check(URI.create("http://127.0.0.1:8090/"))).isInstanceOf(RefusedUrlException.class);
        assertThatThrownBy(() -> allowing.check(URI.create("http://127.0.0.2:8089/"))).isInstanceOf(RefusedUrlException.class);
        assertThatThrownBy(() -> allowing.check(URI.create("http://[::1]:9001/"))).isInstanceOf(RefusedUrlException.class);
        assertThatThrownBy(() -> allowing.check(URI.create("http://169.254.169.254/"))).isInstanceOf(RefusedUrlException.class);
    }

    @Test
    void allowlistedCidrAndName() {
        UrlGuard allowing = new UrlGuard(new Allowlist(List.of("10.0.0.0/8", "internal-test.example.com")),
                UrlGuardTest::resolve);
        assertThatCode(() -> allowing.check(URI.create("http://10.20.30.40/"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("http://rebind.example.com/"))).doesNotThrowAnyException();
        assertThatCode(() -> allowing.check(URI.create("http://internal-test.example.com:1234/"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> allowing.check(URI.create("http://192.168.0.1/"))).isInstanceOf(RefusedUrlException.class);
        assertThatThrownBy(() -> allowing.check(URI.create("http://127.0.0.1/"))).isInstanceOf(RefusedUrlException.class);
        // An allowlist does not relax the scheme or credential rules.
        assertThatThrownBy(() -> allowing.check(URI.create("ftp://10.1.1.1/"))).isInstanceOf(RefusedUrlException.class);
        assertThatThrownBy(() -> allowing.check(URI.create("http://a:b@10.1.1.1/"))).isInstanceOf(RefusedUrlException.class);
    }

    @Test
    void internationalisedHostsBecomePunycode() {
        assertThat(UrlGuard.withAsciiHost(URI.create("https://bücher.example/p?q=1#f")))
                .hasToString("https://xn--bcher-kva.example/p?q=1#f");
        assertThat(UrlGuard.withAsciiHost(URI.create("https://example.com/x"))).hasToString("https://example.com/x");
        assertThat(UrlGuard.withAsciiHost(URI.create("http://0x7f.1/")).getHost()).isNull();
    }

    @Test
    void hostileInputIsRefusedNotCrashed() {
        for (String url : List.of("http://" + "a".repeat(300) + ".com/", "http://xn--/", "http://%00/",
                "http://[::ffff:127.0.0.1%25lo]/", "http://" + "9".repeat(40) + "/", "http://0x" + "f".repeat(30) + "/")) {
            assertThatThrownBy(() -> guard.check(URI.create(url))).as(url).isInstanceOf(RefusedUrlException.class);
        }
    }
}

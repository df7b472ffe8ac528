package dev.creatorwatch.fetch.guard;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a URL may be fetched at all (SSRF guard). Used by the API layer on every user-submitted URL and by
 * the fetcher on the first request and on every redirect hop.
 *
 * <p>Rules: only {@code http}/{@code https}; no user info; a host is required; non-canonical numeric hosts
 * ({@code 2130706433}, {@code 0x7f.1}, {@code 127.1}) are refused; names reserved for internal use
 * ({@code localhost}, {@code *.internal}, {@code *.local}, {@code metadata.google.internal}, ...) are refused
 * before any DNS lookup; every address the host resolves to must be public (see {@link BlockedRanges}). An
 * {@link Allowlist} entry lifts these address rules for the hosts, addresses or ports it names, nothing else.
 */
public class UrlGuard {

    /** How host names become addresses; replaceable so tests can simulate DNS answers. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Set<String> INTERNAL_NAMES = Set.of("localhost", "metadata", "metadata.google.internal",
            "metadata.goog", "instance-data", "instance-data.ec2.internal");
    private static final List<String> INTERNAL_SUFFIXES = List.of(".localhost", ".internal", ".local",
            ".home.arpa", ".in-addr.arpa", ".ip6.arpa");

    private final Allowlist allowlist;
    private final Resolver resolver;

    public UrlGuard(Allowlist allowlist, Resolver resolver) {
        this.allowlist = allowlist;
        this.resolver = resolver;
    }

    public UrlGuard(Allowlist allowlist) {
        this(allowlist, InetAddress::getAllByName);
    }

    /**
     * Refuses the URL with a user-readable reason, including when its host does not resolve.
     *
     * @throws RefusedUrlException if the URL must not be fetched
     */
    public void check(URI url) {
        try {
            resolveAndCheck(url);
        } catch (UnknownHostException e) {
            throw new RefusedUrlException("host " + hostOf(url) + " does not resolve");
        }
    }

    /**
     * Checks the URL and returns the addresses it resolved to.
     *
     * @throws RefusedUrlException if the URL must not be fetched
     * @throws UnknownHostException if DNS has no answer (a network condition, not a verdict on the URL)
     */
    public CheckedTarget resolveAndCheck(URI url) throws UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("only http and https URLs can be fetched, not '" + scheme + "'");
        }
        if (url.getRawUserInfo() != null || (url.getRawAuthority() != null && url.getRawAuthority().contains("@"))) {
            throw new RefusedUrlException("URLs with credentials (user@host) are not accepted");
        }
        String host = hostOf(url);
        if (host.isEmpty()) {
            throw new RefusedUrlException("URL has no host: " + url);
        }
        int port = url.getPort() >= 0 ? url.getPort() : (scheme.equals("https") ? 443 : 80);
        if (port < 1 || port > 65535) {
            throw new RefusedUrlException("port " + port + " is not valid");
        }
        if (allowlist.allowsName(host, port)) {
            return new CheckedTarget(host, port, List.of(resolver.resolve(host)));
        }
        boolean literal = host.startsWith("[");
        if (!literal && NumericHost.looksNumeric(host)) {
            if (!NumericHost.isCanonicalDottedQuad(host)) {
                throw new RefusedUrlException(NumericHost.meaning(host)
                        .map(ip -> "numeric host '" + host + "' (meaning " + ip + ") is refused; write addresses as dotted decimal")
                        .orElse("host '" + host + "' is not a valid IPv4 address"));
            }
            literal = true;
        }
        if (!literal) {
            refuseInternalName(host);
        }
        InetAddress[] addresses = literal ? literalAddress(host) : resolver.resolve(host);
        if (addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            if (allowlist.allowsAddress(address, port)) {
                continue;
            }
            BlockedRanges.reasonFor(address).ifPresent(reason -> {
                throw new RefusedUrlException("host " + host + " is (or resolves to) " + address.getHostAddress()
                        + ", a " + reason + " address; only public addresses can be fetched");
            });
        }
        return new CheckedTarget(host, port, List.of(addresses));
    }

    /**
     * The same URL with an internationalised host name in its ASCII (punycode) form, which java.net.URI and
     * HttpClient need; URLs that already have an ASCII host, or none we can convert, come back unchanged.
     */
    public static URI withAsciiHost(URI url) {
        String authority = url.getRawAuthority();
        if (url.getHost() != null || authority == null || url.getScheme() == null) {
            return url;
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon);
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            URI converted = URI.create(url.getScheme() + "://" + userInfo + ascii + port
                    + (url.getRawPath() == null ? "" : url.getRawPath())
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                    + (url.getRawFragment() == null ? "" : "#" + url.getRawFragment()));
            return converted.getHost() != null ? converted : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Lower-case ASCII host without a trailing dot; IPv6 literals keep their brackets. Empty if there is none. */
    static String hostOf(URI url) {
        String host = url.getHost();
        if (host == null) {
            // java.net.URI gives no host for forms like "0x7f.1", "127.1" or IDN names: take it from the authority.
            String authority = url.getRawAuthority();
            if (authority == null) {
                return "";
            }
            host = authority.substring(authority.lastIndexOf('@') + 1);
            if (!host.startsWith("[") && host.lastIndexOf(':') >= 0) {
                host = host.substring(0, host.lastIndexOf(':'));
            }
        }
        return normalizeHost(host);
    }

    static String normalizeHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (!h.startsWith("[")) {
            try {
                h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new RefusedUrlException("host '" + host + "' is not a valid host name");
            }
        }
        return h;
    }

    private static void refuseInternalName(String host) {
        if (INTERNAL_NAMES.contains(host) || INTERNAL_SUFFIXES.stream().anyMatch(host::endsWith)) {
            throw new RefusedUrlException("host " + host + " is an internal name; only public hosts can be fetched");
        }
    }

    private static InetAddress[] literalAddress(String host) {
        try {
            return new InetAddress[] {InetAddress.getByAddress(host, Cidr.literalBytes(host))};
        } catch (IllegalArgumentException | UnknownHostException e) {
            throw new RefusedUrlException("host '" + host + "' is not a valid IP address");
        }
    }
}

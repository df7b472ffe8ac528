package dev.creatorwatch.fetch.guard;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Operator-named exceptions to the address rules. Entries are a host name or IP literal, optionally with a port
 * ({@code localhost:8089}, {@code 127.0.0.1:8089}, {@code [::1]:8089}), or a CIDR block ({@code 10.20.0.0/16}).
 * A name entry trusts whatever that name resolves to; an IP or CIDR entry trusts only those addresses. With a port,
 * only that port is trusted, so a test can allowlist its own server without opening the rest of loopback.
 */
public final class Allowlist {

    private record NameEntry(String host, int port) {
    }

    private record AddressEntry(Cidr cidr, int port) {
    }

    private static final int ANY_PORT = -1;

    private final List<NameEntry> names = new ArrayList<>();
    private final List<AddressEntry> addresses = new ArrayList<>();

    public Allowlist(List<String> entries) {
        for (String raw : entries) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.contains("/")) {
                addresses.add(new AddressEntry(Cidr.parse(entry), ANY_PORT));
                continue;
            }
            String host = entry;
            int port = ANY_PORT;
            if (entry.startsWith("[")) {
                int close = entry.indexOf(']');
                host = entry.substring(0, close + 1);
                if (entry.length() > close + 1) {
                    port = Integer.parseInt(entry.substring(close + 2));
                }
            } else if (entry.indexOf(':') >= 0 && entry.indexOf(':') == entry.lastIndexOf(':')) {
                host = entry.substring(0, entry.indexOf(':'));
                port = Integer.parseInt(entry.substring(entry.indexOf(':') + 1));
            }
            if (isIpLiteral(host)) {
                addresses.add(new AddressEntry(Cidr.parse(host), port));
            } else {
                names.add(new NameEntry(UrlGuard.normalizeHost(host), port));
            }
        }
    }

    public static Allowlist none() {
        return new Allowlist(List.of());
    }

    boolean allowsName(String normalizedHost, int port) {
        return names.stream().anyMatch(e -> e.host().equals(normalizedHost) && (e.port() == ANY_PORT || e.port() == port));
    }

    boolean allowsAddress(InetAddress address, int port) {
        return addresses.stream()
                .anyMatch(e -> e.cidr().contains(address) && (e.port() == ANY_PORT || e.port() == port));
    }

    private static boolean isIpLiteral(String host) {
        try {
            Cidr.literalBytes(host);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

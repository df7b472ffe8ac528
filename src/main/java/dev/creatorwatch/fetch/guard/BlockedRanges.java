package dev.creatorwatch.fetch.guard;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Address blocks a fetch must never reach unless the operator allowlists them: everything that is not the public
 * internet. More specific blocks come first so the reason names the most telling one (metadata before link-local).
 * IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the embedded address.
 */
public final class BlockedRanges {

    private record Block(Cidr cidr, String reason) {
    }

    private static final List<Block> BLOCKS = List.of(
            block("169.254.169.254/32", "cloud metadata service"),
            block("169.254.170.2/32", "cloud metadata service"),
            block("fd00:ec2::254/128", "cloud metadata service"),
            block("0.0.0.0/8", "unspecified address"),
            block("10.0.0.0/8", "private network"),
            block("100.64.0.0/10", "carrier-grade NAT"),
            block("127.0.0.0/8", "loopback"),
            block("169.254.0.0/16", "link-local"),
            block("172.16.0.0/12", "private network"),
            block("192.0.0.0/24", "IETF protocol assignments"),
            block("192.0.2.0/24", "documentation range"),
            block("192.88.99.0/24", "6to4 relay anycast"),
            block("192.168.0.0/16", "private network"),
            block("198.18.0.0/15", "benchmarking network"),
            block("198.51.100.0/24", "documentation range"),
            block("203.0.113.0/24", "documentation range"),
            block("224.0.0.0/4", "multicast"),
            block("255.255.255.255/32", "broadcast"),
            block("240.0.0.0/4", "reserved"),
            block("::/128", "unspecified address"),
            block("::1/128", "loopback"),
            block("100::/64", "discard-only range"),
            block("2001::/32", "Teredo tunnel"),
            block("2001:db8::/32", "documentation range"),
            block("fc00::/7", "unique-local (private) network"),
            block("fe80::/10", "link-local"),
            block("fec0::/10", "site-local"),
            block("ff00::/8", "multicast"));

    /** IPv6 prefixes whose last 32 bits (or, for 6to4, bits 16..48) carry an IPv4 address. */
    private static final Cidr MAPPED = Cidr.parse("::ffff:0:0/96");
    private static final Cidr TRANSLATED = Cidr.parse("::ffff:0:0:0/96");
    private static final Cidr COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr LOCAL_NAT64 = Cidr.parse("64:ff9b:1::/48");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private BlockedRanges() {
    }

    /** Why this address is not public, or empty when it is. */
    public static Optional<String> reasonFor(InetAddress address) {
        return reasonFor(address.getAddress());
    }

    static Optional<String> reasonFor(byte[] address) {
        for (Block block : BLOCKS) {
            if (block.cidr().contains(address)) {
                return Optional.of(block.reason());
            }
        }
        if (address.length == 16) {
            if (LOCAL_NAT64.contains(address)) {
                return Optional.of("local-use NAT64");
            }
            byte[] embedded = embeddedIpv4(address);
            if (embedded != null) {
                return reasonFor(embedded).map(reason -> "IPv6 form of an IPv4 " + reason + " address");
            }
        }
        return Optional.empty();
    }

    private static byte[] embeddedIpv4(byte[] v6) {
        if (MAPPED.contains(v6) || TRANSLATED.contains(v6) || COMPATIBLE.contains(v6) || NAT64.contains(v6)) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if (SIX_TO_FOUR.contains(v6)) {
            return Arrays.copyOfRange(v6, 2, 6);
        }
        return null;
    }

    private static Block block(String cidr, String reason) {
        return new Block(Cidr.parse(cidr), reason);
    }
}

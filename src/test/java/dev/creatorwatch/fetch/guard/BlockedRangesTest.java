package dev.creatorwatch.fetch.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlockedRangesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1|loopback", "10.255.255.255|private network", "172.20.1.1|private network",
            "192.168.100.7|private network", "169.254.169.254|cloud metadata service", "169.254.3.3|link-local",
            "100.64.0.0|carrier-grade NAT", "0.0.0.0|unspecified address", "255.255.255.255|broadcast",
            "224.0.0.251|multicast", "::|unspecified address", "::1|loopback", "fe80::abcd|link-local",
            "fc00::1|unique-local", "fdff:ffff::1|unique-local", "fd00:ec2::254|cloud metadata service",
            "ff05::2|multicast", "64:ff9b::7f00:1|IPv6 form of an IPv4 loopback",
            "64:ff9b:1::1|local-use NAT64", "2002:0a00:0001::|IPv6 form of an IPv4 private network"})
    void namesTheBlock(String address, String reason) throws Exception {
        assertThat(BlockedRanges.reasonFor(InetAddress.getByName(address))).get().asString().contains(reason);
    }

    /** Java turns ::ffff:a.b.c.d into an Inet4Address; raw 16-byte mapped forms must be caught as well. */
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "169.254.169.254", "192.168.1.1", "0.0.0.0"})
    void rawIpv4MappedBytesAreBlocked(String ipv4) throws Exception {
        byte[] v4 = InetAddress.getByName(ipv4).getAddress();
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(v4, 0, mapped, 12, 4);
        assertThat(BlockedRanges.reasonFor(mapped)).get().asString().startsWith("IPv6 form of an IPv4");
        assertThat(BlockedRanges.reasonFor(Inet6Address.getByAddress(null, mapped, -1))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.215.14", "172.32.0.1", "100.128.0.1", "1.1.1.1", "2606:4700::1111",
            "2a00:1450:4001::1", "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(BlockedRanges.reasonFor(InetAddress.getByName(address))).isEmpty();
    }
}

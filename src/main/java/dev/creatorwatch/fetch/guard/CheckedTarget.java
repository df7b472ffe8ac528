package dev.creatorwatch.fetch.guard;

import java.net.InetAddress;
import java.util.List;

/** A URL's host after the guard accepted it, with the addresses it resolved to at check time. */
public record CheckedTarget(String host, int port, List<InetAddress> addresses) {

    public CheckedTarget {
        addresses = List.copyOf(addresses);
    }
}

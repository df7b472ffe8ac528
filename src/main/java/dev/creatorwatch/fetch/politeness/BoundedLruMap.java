package dev.creatorwatch.fetch.politeness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small thread-safe map that forgets its least recently used entry beyond {@code maxEntries}, so per-host state
 * cannot grow without bound however many hosts users submit. It is a cache: losing an entry only costs a re-fetch
 * of robots.txt or a forgotten delay, never a scheduling decision.
 */
public final class BoundedLruMap<K, V> {

    private final Map<K, V> map;

    public BoundedLruMap(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> factory) {
        return map.computeIfAbsent(key, factory);
    }

    public synchronized V get(K key) {
        return map.get(key);
    }

    public synchronized void put(K key, V value) {
        map.put(key, value);
    }

    public synchronized void remove(K key, V value) {
        map.remove(key, value);
    }

    public synchronized int size() {
        return map.size();
    }
}

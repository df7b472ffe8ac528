package dev.creatorwatch.export;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creators' names for one export, shared by its readers. Far fewer creators than alerts, so each name is read once
 * per export instead of once per alert: joining the creator to every alert row was about a third of the database's
 * work for the alert query. A creator renamed while the export runs keeps the name it had when first read, as in a
 * snapshot taken at that moment. Bounded: past {@link #MAX} names the cache starts over.
 */
final class CreatorNames {

    static final int MAX = 100_000;

    private static final String NAMES = "select id, name from creator where id = any(?)";

    private final Map<Long, Utf8> names = new ConcurrentHashMap<>();

    /** The names of these creators (a creator that does not exist has none). */
    Map<Long, Utf8> of(Connection c, List<Long> creatorIds, Utf8Columns text) throws SQLException {
        Map<Long, Utf8> found = new HashMap<>();
        Set<Long> missing = new HashSet<>();
        for (Long id : creatorIds) {
            Utf8 name = names.get(id);
            if (name != null) {
                found.put(id, name);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        if (names.size() > MAX) {
            names.clear();
        }
        Array ids = c.createArrayOf("bigint", missing.toArray(new Long[0]));
        try (PreparedStatement s = c.prepareStatement(NAMES)) {
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Utf8 name = text.get(rs, 2);
                    if (name != null) {
                        found.put(rs.getLong(1), name);
                        names.put(rs.getLong(1), name);
                    }
                }
            }
        } finally {
            ids.free();
        }
        return found;
    }
}

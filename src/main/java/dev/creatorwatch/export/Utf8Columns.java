package dev.creatorwatch.export;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads text columns as UTF-8 bytes. PostgreSQL's JDBC driver always talks UTF-8 to the server and returns a text
 * column's received bytes from {@code getBytes} without decoding them; other drivers (H2) convert text to bytes by
 * rules of their own, so there the column is read as a String and encoded.
 */
enum Utf8Columns {
    RECEIVED_BYTES {
        @Override
        Utf8 get(ResultSet rs, int column) throws SQLException {
            byte[] bytes = rs.getBytes(column);
            return bytes == null ? null : new Utf8(bytes);
        }
    },
    ENCODED_STRINGS {
        @Override
        Utf8 get(ResultSet rs, int column) throws SQLException {
            return Utf8.of(rs.getString(column));
        }
    };

    abstract Utf8 get(ResultSet rs, int column) throws SQLException;

    static Utf8Columns of(Connection c) throws SQLException {
        return c.isWrapperFor(org.postgresql.PGConnection.class) ? RECEIVED_BYTES : ENCODED_STRINGS;
    }
}

package org.opencheckin.backend.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.sql.DriverManager;

/** Reads the database behind a backend directly, to check what was (not) written. */
public final class Sql {
    private Sql() {
    }

    /** A plain JDBC connection of its own (the context's DataSource is transaction-bound). */
    static Connection connect(Backend b) throws SQLException {
        var ctx = b.context();
        return DriverManager.getConnection(ctx.getRequiredProperty("datasources.default.url", String.class),
                ctx.getRequiredProperty("datasources.default.username", String.class),
                ctx.getProperty("datasources.default.password", String.class).orElse(""));
    }

    public static List<List<Object>> rows(Backend b, String sql, Object... params) {
        try (Connection c = connect(b);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<Object>> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(Backend b, String sql, Object... params) {
        return ((Number) rows(b, sql, params).get(0).get(0)).longValue();
    }

    public static Object value(Backend b, String sql, Object... params) {
        List<List<Object>> rows = rows(b, sql, params);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    public static int update(Backend b, String sql, Object... params) {
        try (Connection c = connect(b);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

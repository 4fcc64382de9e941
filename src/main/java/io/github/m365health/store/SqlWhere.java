package io.github.m365health.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters; every value is a bound parameter, never SQL text. */
final class SqlWhere {

    private final List<String> clauses = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    /** {@code column = value}, unless value is null. */
    SqlWhere equal(String column, String value) {
        return value == null ? this : clause(column + " = ?", value);
    }

    SqlWhere clause(String sql, String... parameters) {
        clauses.add(sql);
        values.addAll(List.of(parameters));
        return this;
    }

    /** Any of {@code columns} contains {@code text}, case-insensitively for ASCII (SQLite's LIKE), unless text is null. */
    SqlWhere containing(String text, String... columns) {
        if (text == null) {
            return this;
        }
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> likes = new ArrayList<>();
        for (String column : columns) {
            likes.add(column + " LIKE ? ESCAPE '\\'");
            values.add(pattern);
        }
        clauses.add("(" + String.join(" OR ", likes) + ")");
        return this;
    }

    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Prepares {@code sql}, binding {@code leading} parameters (those before the WHERE clause) and then this clause's. */
    PreparedStatement prepare(Connection connection, String sql, String... leading) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int i = 0;
        for (String value : leading) {
            statement.setString(++i, value);
        }
        for (String value : values) {
            statement.setString(++i, value);
        }
        return statement;
    }
}

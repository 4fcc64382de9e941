package io.github.m365health.store;

import io.github.m365health.health.Classification;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.readmodel.IssueFilter;
import io.github.m365health.readmodel.IssuePage;
import io.github.m365health.readmodel.IssueRow;
import io.github.m365health.readmodel.IssueState;
import io.github.m365health.readmodel.MessageFilter;
import io.github.m365health.readmodel.MessagePage;
import io.github.m365health.readmodel.MessageRow;
import io.github.m365health.readmodel.MessageState;
import io.github.m365health.readmodel.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The issue and Message Center lists of the pages: filters, counts and one page, in SQL so that
 * a page of 50 out of tens of thousands reads only its 50 rows (and never the posts column).
 */
final class ListQueries {

    private static final String OPEN = "(resolved = 0 AND vanished_at IS NULL)";

    private final JsonColumns json;

    ListQueries(JsonColumns json) {
        this.json = json;
    }

    IssuePage issues(Connection connection, IssueFilter filter, PageRequest page) throws SQLException {
        SqlWhere where = new SqlWhere()
                .equal("tenant", filter.tenant())
                .equal("service_name", filter.serviceName())
                .equal("classification", filter.classification() == null ? null : filter.classification().wireName());
        // A vanished issue (design section 6) is unresolved but no longer counts as open: it is ended,
        // as m365_issue_open says.
        if (filter.state() != IssueState.ALL) {
            where.clause(filter.state() == IssueState.OPEN ? OPEN : "NOT " + OPEN);
        }
        where.containing(filter.text(), "id", "title", "impact_description");
        long matching;
        long open;
        try (PreparedStatement count = where.prepare(connection,
                "SELECT count(*), coalesce(sum(" + OPEN + "), 0) FROM issue" + where.sql());
             ResultSet row = count.executeQuery()) {
            row.next();
            matching = row.getLong(1);
            open = row.getLong(2);
        }
        List<IssueRow> rows = new ArrayList<>();
        try (PreparedStatement select = where.prepare(connection, "SELECT tenant, id, title, service_name, classification,"
                + " status, resolved, start, end, vanished_at, last_modified FROM issue" + where.sql()
                + " ORDER BY " + OPEN + " DESC, last_modified DESC, tenant, id LIMIT " + page.size()
                + " OFFSET " + page.offset());
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(new IssueRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        Classification.parse(row.getString(5)), ServiceHealthStatus.parse(row.getString(6)),
                        row.getInt(7) == 1, SqlTimes.parse(row.getString(8)), SqlTimes.parse(row.getString(9)),
                        SqlTimes.parse(row.getString(10)), SqlTimes.parse(row.getString(11))));
            }
        }
        return new IssuePage(filter, page, rows, matching, open,
                strings(connection, "SELECT DISTINCT service_name FROM issue ORDER BY 1"));
    }

    MessagePage messages(Connection connection, MessageFilter filter, PageRequest page, Instant now) throws SQLException {
        String nowText = SqlTimes.format(now);
        SqlWhere where = new SqlWhere()
                .equal("tenant", filter.tenant())
                .equal("category", filter.category() == null ? null : filter.category().wireName())
                .equal("severity", filter.severity() == null ? null : filter.severity().wireName());
        if (filter.serviceName() != null) {
            where.clause("EXISTS (SELECT 1 FROM json_each(services) WHERE value = ?)", filter.serviceName());
        }
        if (filter.state() != MessageState.ALL) {
            where.clause(filter.state() == MessageState.ACTIVE ? "(end IS NULL OR end > ?)" : "end <= ?", nowText);
        }
        where.containing(filter.text(), "id", "title", "body");
        long matching;
        long active;
        try (PreparedStatement count = where.prepare(connection,
                "SELECT count(*), coalesce(sum(end IS NULL OR end > ?), 0) FROM message" + where.sql(), nowText);
             ResultSet row = count.executeQuery()) {
            row.next();
            matching = row.getLong(1);
            active = row.getLong(2);
        }
        List<MessageRow> rows = new ArrayList<>();
        try (PreparedStatement select = where.prepare(connection, "SELECT tenant, id, title, services, category, severity,"
                + " major_change, start, end, action_required_by, last_modified, (end IS NULL OR end > ?) AS active"
                + " FROM message" + where.sql() + " ORDER BY active DESC, last_modified DESC, tenant, id"
                + " LIMIT " + page.size() + " OFFSET " + page.offset(), nowText);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(new MessageRow(row.getString(1), row.getString(2), row.getString(3),
                        json.strings(row.getString(4)), MessageCategory.parse(row.getString(5)),
                        MessageSeverity.parse(row.getString(6)), row.getInt(7) == 1, SqlTimes.parse(row.getString(8)),
                        SqlTimes.parse(row.getString(9)), SqlTimes.parse(row.getString(10)),
                        SqlTimes.parse(row.getString(11))));
            }
        }
        return new MessagePage(filter, page, rows, matching, active,
                strings(connection, "SELECT DISTINCT value FROM message, json_each(message.services) ORDER BY 1"));
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                values.add(row.getString(1));
            }
        }
        return values;
    }
}

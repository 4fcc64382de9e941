package io.github.m365health.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.TenantHistory;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The CSV read back as a spreadsheet reads RFC 4180: every row as wide as the header, every title intact. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvReportTest {

    private List<List<String>> rows;

    @BeforeAll
    void renderMarch(@TempDir Path dir) throws Exception {
        TenantHistory history = ScriptedHistory.write(dir.resolve("history.db")).read();
        String csv = ReportFormat.CSV.render(MonthlySla.report(YearMonth.of(2026, 3), List.of(history),
                MonthlySlaTest.NOW, Optional.empty()));
        rows = parse(csv);
    }

    @Test
    void everyRowHasTheHeadersWidth() {
        assertEquals(CsvReport.HEADER, rows.get(0));
        assertTrue(rows.size() > 5);
        for (List<String> row : rows) {
            assertEquals(CsvReport.HEADER.size(), row.size(), row.toString());
        }
    }

    @Test
    void titlesWithCommasQuotesAndLineBreaksComeBackUnchanged() {
        Map<String, String> titles = incidents().stream().collect(Collectors.toMap(r -> r.get(13), r -> r.get(14)));

        assertEquals(ScriptedHistory.COMMA_AND_QUOTE_TITLE, titles.get("SP2000001"));
        assertEquals(ScriptedHistory.TWO_LINE_TITLE, titles.get("TM2000001"));
    }

    @Test
    void titleThatStartsLikeAFormulaIsKeptAsText() {
        Map<String, String> titles = incidents().stream().collect(Collectors.toMap(r -> r.get(13), r -> r.get(14)));

        assertEquals("'" + ScriptedHistory.HOSTILE_TITLE, titles.get("SP2000002"));
        assertEquals("-1.5", CsvReport.field("-1.5"), "numbers are not formulas");
    }

    @Test
    void incidentRowsCarryTheirServiceAndMinutes() {
        Function<String, List<String>> row = id -> incidents().stream().filter(r -> r.get(13).equals(id)).findFirst().orElseThrow();

        assertEquals("SharePoint Online", row.apply("SP2000001").get(3));
        assertEquals("240.0", row.apply("SP2000001").get(17));
        assertEquals("/issues/contoso/SP2000001", row.apply("SP2000001").get(18));
    }

    private List<List<String>> incidents() {
        return rows.stream().filter(r -> r.get(2).equals("incident")).toList();
    }

    /** RFC 4180: records end with CRLF; a quoted field may hold commas, line breaks and doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\n' && c != '\r', "a bare line break outside quotes at " + i);
                field.append(c);
            }
        }
        assertTrue(field.length() == 0 && record.isEmpty(), "the last record ends with CRLF");
        return records;
    }
}

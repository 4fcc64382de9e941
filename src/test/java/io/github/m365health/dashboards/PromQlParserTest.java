package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.dashboards.PromQlExpr.Aggregation;
import io.github.m365health.dashboards.PromQlExpr.Binary;
import io.github.m365health.dashboards.PromQlExpr.Call;
import io.github.m365health.dashboards.PromQlExpr.LabelMatcher;
import io.github.m365health.dashboards.PromQlExpr.MatrixSelector;
import io.github.m365health.dashboards.PromQlExpr.Type;
import io.github.m365health.dashboards.PromQlExpr.VectorSelector;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromQlParserTest {

    @Test
    void readsSelectorsWithTheirMatchers() {
        PromQlExpr expr = PromQlParser.parseStrict("m365_issues_open{tenant=~\"a|b\", classification=\"incident\"}");

        assertEquals(new VectorSelector(Optional.of("m365_issues_open"), List.of(
                new LabelMatcher("tenant", "=~", "a|b"), new LabelMatcher("classification", "=", "incident"))), expr);
    }

    @Test
    void bindsMultiplicationTighterThanOrAndVectorMatchingToItsOperator() {
        PromQlExpr expr = PromQlParser.parseStrict("a * 0 or b * on (tenant, id) group_left (title) c");

        Binary or = (Binary) expr;
        assertEquals("or", or.op());
        assertEquals("*", ((Binary) or.lhs()).op());
        assertEquals("*", ((Binary) or.rhs()).op());
    }

    @Test
    void keepsTheRangeOfAMatrixSelectorAsWritten() {
        PromQlExpr expr = PromQlParser.parseTemplate("sum by (code) (rate(m365_graph_requests_total[$__rate_interval]))");

        Aggregation sum = (Aggregation) expr;
        assertEquals(List.of("code"), sum.grouping());
        MatrixSelector range = (MatrixSelector) ((Call) sum.expr()).args().get(0);
        assertEquals("$__rate_interval", range.range());
        assertEquals(Optional.of("m365_graph_requests_total"), range.selector().metric());
    }

    @Test
    void typesTimeAsScalarAndArithmeticWithAVectorAsVector() {
        assertEquals(Type.SCALAR, PromQlParser.parseStrict("time()").type());
        assertEquals(Type.VECTOR, PromQlParser.parseStrict("time() - m365_issue_start_timestamp_seconds").type());
        assertEquals(Type.SCALAR, PromQlParser.parseStrict("-2 ^ 2").type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "histogram_quantile(0.9, sum by (le) (increase(m365_issue_resolution_duration_seconds_bucket[30d])))",
        "clamp_min(1 - sum by (service_name) (increase(x_total[1h])) / 3600, 0)",
        "count(((deadline - time()) < 604800 >= 0) and on (tenant, id) info) or vector(0)",
        "max by (service_name) (a{status=\"x\"} * 0 or a{status=~\"y|z\"} * 1)",
        "sum without (instance) (a) / ignoring (code) group_right sum(b)",
        "label_replace(up, \"dst\", \"$1\", \"instance\", \"(.*):.*\")",
        "topk(5, sum by (service_name) (m365_messages))",
        "max_over_time(up[1h:5m]) offset 1d",
        "tenant_service_name_classification:m365_service_impact:ratio30d > bool 0.5",
        "round(x, 0.5) # a trailing comment",
        "{__name__=~\"m365_.+\"}",
    })
    void acceptsValidPromQl(String text) {
        assertTrue(PromQlParser.parseStrict(text).type() != Type.STRING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sum(rate(x[5m])                           | expected ')' closing sum",
        "x{tenant=\"a\"                             | expected ',' or '}' in the selector",
        "x{tenant=\"a}                              | unterminated string",
        "rate(x)                                   | rate() argument 1 must be a range vector, got a instant vector",
        "rates(x[5m])                              | unknown function rates()",
        "sum(x) by (a                              | expected ',' or ')' in a label list",
        "x[5m] + 1                                 | operator + needs scalars or instant vectors, got a range vector",
        "1 and x                                   | set operator and needs instant vectors on both sides",
        "1 > 2                                     | comparison between scalars needs the bool modifier",
        "(x)[5m]                                   | a range [5m] is only allowed after a vector selector",
        "x{tenant~\"a\"}                            | unexpected character '~'",
        "histogram_quantile(x, y)                  | histogram_quantile() argument 1 must be a scalar",
        "clamp_min(x)                              | clamp_min() takes 2 arguments, got 1",
        "topk(sum(x))                              | topk needs a scalar parameter",
        "topk(5 sum(x))                            | expected ',' after the parameter of topk",
        "x y                                       | unexpected 'y'",
        "x{tenant=~\"(\"}                           | bad regular expression",
        "x[5x]                                     | bad number or duration '5x'",
        "x[1.5m]                                   | bad duration",
    })
    void rejectsInvalidPromQlWithTheReason(String text, String reason) {
        PromQlException e = assertThrows(PromQlException.class, () -> PromQlParser.parseStrict(text.strip()));
        assertTrue(e.getMessage().contains(reason.strip()), () -> "message was: " + e.getMessage());
    }

    @Test
    void acceptsGrafanaGlobalsOnlyWhereTheyStandForADurationOrANumber() {
        PromQlParser.parseTemplate("increase(x_total[$__range]) / $__range_s");

        PromQlException outside = assertThrows(PromQlException.class, () -> PromQlParser.parseTemplate("x / $tenant"));
        assertTrue(outside.getMessage().contains("template variable $tenant outside a string"));
    }

    @Test
    void rejectsGrafanaGlobalsInStrictMode() {
        PromQlException e = assertThrows(PromQlException.class,
                () -> PromQlParser.parseStrict("increase(x_total[$__range])"));

        assertTrue(e.getMessage().contains("template variable $__range outside a string"));
    }
}

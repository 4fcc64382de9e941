package io.github.m365health.dashboards;

import io.github.m365health.dashboards.PromQlExpr.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The functions and aggregation operators of Prometheus 2.42, the oldest server the dashboards are
 * checked against (Debian's package): a function added later would break there.
 */
final class PromQlFunctions {

    /** {@code optional} trailing arguments may be left out; {@code variadic} repeats the last one. */
    record Signature(List<Type> args, int optional, boolean variadic, Type returns) {}

    static final Set<String> AGGREGATIONS = Set.of(
            "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile");
    static final Set<String> PARAMETERISED_AGGREGATIONS = Set.of("count_values", "bottomk", "topk", "quantile");

    private static final Map<String, Signature> FUNCTIONS = signatures();

    private static Map<String, Signature> signatures() {
        Map<String, Signature> functions = new HashMap<>();
        for (String f : List.of("abs", "absent", "ceil", "exp", "floor", "ln", "log2", "log10", "sgn", "sqrt", "timestamp",
                "sort", "sort_desc", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh",
                "tan", "tanh", "deg", "rad", "histogram_count", "histogram_sum")) {
            functions.put(f, new Signature(List.of(Type.VECTOR), 0, false, Type.VECTOR));
        }
        for (String f : List.of("day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year")) {
            functions.put(f, new Signature(List.of(Type.VECTOR), 1, false, Type.VECTOR));
        }
        for (String f : List.of("rate", "irate", "increase", "delta", "idelta", "deriv", "changes", "resets",
                "avg_over_time", "min_over_time", "max_over_time", "sum_over_time", "count_over_time", "stddev_over_time",
                "stdvar_over_time", "last_over_time", "present_over_time", "absent_over_time")) {
            functions.put(f, new Signature(List.of(Type.MATRIX), 0, false, Type.VECTOR));
        }
        functions.put("quantile_over_time", new Signature(List.of(Type.SCALAR, Type.MATRIX), 0, false, Type.VECTOR));
        functions.put("predict_linear", new Signature(List.of(Type.MATRIX, Type.SCALAR), 0, false, Type.VECTOR));
        functions.put("holt_winters", new Signature(List.of(Type.MATRIX, Type.SCALAR, Type.SCALAR), 0, false, Type.VECTOR));
        functions.put("histogram_quantile", new Signature(List.of(Type.SCALAR, Type.VECTOR), 0, false, Type.VECTOR));
        functions.put("histogram_fraction", new Signature(List.of(Type.SCALAR, Type.SCALAR, Type.VECTOR), 0, false, Type.VECTOR));
        functions.put("clamp", new Signature(List.of(Type.VECTOR, Type.SCALAR, Type.SCALAR), 0, false, Type.VECTOR));
        functions.put("clamp_min", new Signature(List.of(Type.VECTOR, Type.SCALAR), 0, false, Type.VECTOR));
        functions.put("clamp_max", new Signature(List.of(Type.VECTOR, Type.SCALAR), 0, false, Type.VECTOR));
        functions.put("round", new Signature(List.of(Type.VECTOR, Type.SCALAR), 1, false, Type.VECTOR));
        functions.put("label_replace", new Signature(
                List.of(Type.VECTOR, Type.STRING, Type.STRING, Type.STRING, Type.STRING), 0, false, Type.VECTOR));
        functions.put("label_join", new Signature(List.of(Type.VECTOR, Type.STRING, Type.STRING, Type.STRING), 1, true, Type.VECTOR));
        functions.put("vector", new Signature(List.of(Type.SCALAR), 0, false, Type.VECTOR));
        functions.put("scalar", new Signature(List.of(Type.VECTOR), 0, false, Type.SCALAR));
        functions.put("time", new Signature(List.of(), 0, false, Type.SCALAR));
        functions.put("pi", new Signature(List.of(), 0, false, Type.SCALAR));
        return Map.copyOf(functions);
    }

    private PromQlFunctions() {}

    static Optional<Signature> function(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name));
    }
}

package io.github.m365health.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The parse tree of a PromQL expression: just enough structure for the dashboard rules to inspect. */
sealed interface PromQlExpr {

    enum Type { SCALAR, STRING, VECTOR, MATRIX }

    Type type();

    List<PromQlExpr> children();

    record NumberLiteral(String text) implements PromQlExpr {
        public Type type() { return Type.SCALAR; }
        public List<PromQlExpr> children() { return List.of(); }
    }

    record StringLiteral(String value) implements PromQlExpr {
        public Type type() { return Type.STRING; }
        public List<PromQlExpr> children() { return List.of(); }
    }

    record LabelMatcher(String label, String op, String value) {
        boolean references(String variable) {
            return value.contains("$" + variable) || value.contains("${" + variable + "}");
        }
    }

    /** {@code metric} is empty for a bare {@code {__name__=~"…"}} selector. */
    record VectorSelector(Optional<String> metric, List<LabelMatcher> matchers) implements PromQlExpr {
        public Type type() { return Type.VECTOR; }
        public List<PromQlExpr> children() { return List.of(); }

        Optional<LabelMatcher> matcherFor(String label) {
            return matchers.stream().filter(m -> m.label().equals(label)).findFirst();
        }
    }

    record MatrixSelector(VectorSelector selector, String range) implements PromQlExpr {
        public Type type() { return Type.MATRIX; }
        public List<PromQlExpr> children() { return List.of(selector); }
    }

    record Subquery(PromQlExpr expr, String range, String step) implements PromQlExpr {
        public Type type() { return Type.MATRIX; }
        public List<PromQlExpr> children() { return List.of(expr); }
    }

    record Call(String function, List<PromQlExpr> args, Type type) implements PromQlExpr {
        public List<PromQlExpr> children() { return args; }
    }

    /** {@code param} is the k of topk, the φ of quantile, the label of count_values. */
    record Aggregation(String op, Optional<PromQlExpr> param, PromQlExpr expr, List<String> grouping) implements PromQlExpr {
        public Type type() { return Type.VECTOR; }
        public List<PromQlExpr> children() {
            List<PromQlExpr> all = new ArrayList<>();
            param.ifPresent(all::add);
            all.add(expr);
            return all;
        }
    }

    record Binary(String op, PromQlExpr lhs, PromQlExpr rhs, Type type) implements PromQlExpr {
        public List<PromQlExpr> children() { return List.of(lhs, rhs); }
    }

    record Unary(String op, PromQlExpr expr) implements PromQlExpr {
        public Type type() { return expr.type(); }
        public List<PromQlExpr> children() { return List.of(expr); }
    }

    record Paren(PromQlExpr expr) implements PromQlExpr {
        public Type type() { return expr.type(); }
        public List<PromQlExpr> children() { return List.of(expr); }
    }

    /** Visits every node depth-first with the chain of its ancestors, nearest last. */
    static void walk(PromQlExpr root, BiConsumer<PromQlExpr, List<PromQlExpr>> visitor) {
        walk(root, new ArrayList<>(), visitor);
    }

    private static void walk(PromQlExpr node, List<PromQlExpr> parents, BiConsumer<PromQlExpr, List<PromQlExpr>> visitor) {
        visitor.accept(node, List.copyOf(parents));
        parents.add(node);
        for (PromQlExpr child : node.children()) {
            walk(child, parents, visitor);
        }
        parents.remove(parents.size() - 1);
    }

    static List<VectorSelector> selectors(PromQlExpr root) {
        List<VectorSelector> found = new ArrayList<>();
        walk(root, (node, parents) -> {
            if (node instanceof VectorSelector selector) {
                found.add(selector);
            }
        });
        return found;
    }
}

package io.github.m365health.dashboards;

import io.github.m365health.dashboards.PromQlExpr.Aggregation;
import io.github.m365health.dashboards.PromQlExpr.Call;
import io.github.m365health.dashboards.PromQlExpr.LabelMatcher;
import io.github.m365health.dashboards.PromQlExpr.MatrixSelector;
import io.github.m365health.dashboards.PromQlExpr.NumberLiteral;
import io.github.m365health.dashboards.PromQlExpr.Paren;
import io.github.m365health.dashboards.PromQlExpr.StringLiteral;
import io.github.m365health.dashboards.PromQlExpr.Subquery;
import io.github.m365health.dashboards.PromQlExpr.Type;
import io.github.m365health.dashboards.PromQlExpr.Unary;
import io.github.m365health.dashboards.PromQlExpr.VectorSelector;
import io.github.m365health.dashboards.PromQlFunctions.Signature;
import io.github.m365health.dashboards.PromQlLexer.Kind;
import io.github.m365health.dashboards.PromQlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A recursive-descent PromQL parser with Prometheus' precedence and type rules (scalar, string,
 * instant and range vector), enough to reject what Prometheus itself would reject in a dashboard query.
 */
final class PromQlParser {

    // Binary operators from the loosest to the tightest binding; ^ is handled apart (right-associative).
    private static final List<Set<String>> LEVELS = List.of(
            Set.of("or"), Set.of("and", "unless"), Set.of("==", "!=", "<=", "<", ">=", ">"),
            Set.of("+", "-"), Set.of("*", "/", "%", "atan2"));
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "offset", "and", "or", "unless", "atan2");
    private static final Set<String> MATCH_OPERATORS = Set.of("=", "!=", "=~", "!~");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final PromQlCursor cursor;
    private final boolean templated;

    private PromQlParser(String text, boolean templated) {
        this.cursor = new PromQlCursor(PromQlLexer.tokenize(text, templated));
        this.templated = templated;
    }

    /** Parses dashboard text as stored: Grafana's duration and number globals are accepted in place. */
    static PromQlExpr parseTemplate(String text) {
        return new PromQlParser(text, true).parseAll();
    }

    /** Parses plain PromQL, as Prometheus receives it once Grafana has substituted every variable. */
    static PromQlExpr parseStrict(String text) {
        return new PromQlParser(text, false).parseAll();
    }

    private PromQlExpr parseAll() {
        PromQlExpr expr = expression(0);
        if (cursor.peek().kind() != Kind.EOF) {
            throw cursor.error("unexpected '" + cursor.peek().text() + "'");
        }
        return expr;
    }

    private PromQlExpr expression(int level) {
        if (level == LEVELS.size()) {
            return unary();
        }
        PromQlExpr lhs = expression(level + 1);
        while (LEVELS.get(level).contains(cursor.peek().text()) && cursor.peek().kind() != Kind.STRING) {
            Token op = cursor.advance();
            boolean bool = cursor.acceptIdent("bool");
            boolean matching = false;
            if (cursor.acceptIdent("on") || cursor.acceptIdent("ignoring")) {
                labelList();
                matching = true;
            }
            if (cursor.acceptIdent("group_left") || cursor.acceptIdent("group_right")) {
                if (cursor.peek().kind() == Kind.LPAREN) {
                    labelList();
                }
                matching = true;
            }
            PromQlExpr rhs = expression(level + 1);
            lhs = PromQlTypes.binary(op, lhs, rhs, bool, matching);
        }
        return lhs;
    }

    private PromQlExpr unary() {
        if (cursor.peek().is(Kind.OPERATOR, "-") || cursor.peek().is(Kind.OPERATOR, "+")) {
            Token op = cursor.advance();
            PromQlExpr operand = unary();
            if (operand.type() != Type.SCALAR && operand.type() != Type.VECTOR) {
                throw new PromQlException("unary " + op.text() + " needs a scalar or an instant vector", op.position());
            }
            return new Unary(op.text(), operand);
        }
        PromQlExpr base = postfix();
        if (cursor.peek().is(Kind.OPERATOR, "^")) {
            Token op = cursor.advance();
            return PromQlTypes.binary(op, base, unary(), false, false);
        }
        return base;
    }

    private PromQlExpr postfix() {
        PromQlExpr expr = primary();
        while (true) {
            if (cursor.peek().kind() == Kind.LBRACKET) {
                Token open = cursor.advance();
                String range = cursor.expect(Kind.DURATION, "a duration").text();
                if (cursor.accept(Kind.COLON)) {
                    String step = cursor.peek().kind() == Kind.DURATION ? cursor.advance().text() : "";
                    cursor.expect(Kind.RBRACKET, "']'");
                    if (expr.type() != Type.VECTOR) {
                        throw new PromQlException("subquery needs an instant vector", open.position());
                    }
                    expr = new Subquery(expr, range, step);
                } else {
                    cursor.expect(Kind.RBRACKET, "']'");
                    if (!(expr instanceof VectorSelector selector)) {
                        throw new PromQlException("a range [" + range + "] is only allowed after a vector selector", open.position());
                    }
                    expr = new MatrixSelector(selector, range);
                }
            } else if (cursor.acceptIdent("offset")) {
                cursor.accept(Kind.OPERATOR, "-");
                cursor.expect(Kind.DURATION, "a duration after offset");
            } else if (cursor.accept(Kind.AT)) {
                if (cursor.acceptIdent("start") || cursor.acceptIdent("end")) {
                    cursor.expect(Kind.LPAREN, "'('");
                    cursor.expect(Kind.RPAREN, "')'");
                } else {
                    cursor.expect(Kind.NUMBER, "a timestamp after @");
                }
            } else {
                return expr;
            }
        }
    }

    private PromQlExpr primary() {
        Token token = cursor.advance();
        switch (token.kind()) {
            case NUMBER: return new NumberLiteral(token.text());
            case STRING: return new StringLiteral(token.text());
            case LPAREN: {
                PromQlExpr inner = expression(0);
                cursor.expect(Kind.RPAREN, "')'");
                return new Paren(inner);
            }
            case LBRACE: return new VectorSelector(Optional.empty(), matchersAfterBrace(token));
            case IDENT: return identifier(token);
            default: throw new PromQlException(token.kind() == Kind.EOF ? "unexpected end of expression"
                    : "unexpected '" + token.text() + "'", token.position());
        }
    }

    private PromQlExpr identifier(Token name) {
        String text = name.text();
        if (text.equalsIgnoreCase("inf") || text.equalsIgnoreCase("nan")) {
            return new NumberLiteral(text);
        }
        if (PromQlFunctions.AGGREGATIONS.contains(text)
                && (cursor.peek().kind() == Kind.LPAREN || cursor.peek().is(Kind.IDENT, "by") || cursor.peek().is(Kind.IDENT, "without"))) {
            return aggregation(name);
        }
        if (cursor.peek().kind() == Kind.LPAREN) {
            return call(name);
        }
        if (KEYWORDS.contains(text)) {
            throw new PromQlException("unexpected keyword '" + text + "'", name.position());
        }
        List<LabelMatcher> matchers = cursor.peek().kind() == Kind.LBRACE ? matchersAfterBrace(cursor.advance()) : List.of();
        return new VectorSelector(Optional.of(text), matchers);
    }

    private PromQlExpr aggregation(Token op) {
        List<String> grouping = List.of();
        if (cursor.acceptIdent("by") || cursor.acceptIdent("without")) {
            grouping = labelList();
        }
        cursor.expect(Kind.LPAREN, "'(' after " + op.text());
        Optional<PromQlExpr> param = Optional.empty();
        if (PromQlFunctions.PARAMETERISED_AGGREGATIONS.contains(op.text())) {
            PromQlExpr p = expression(0);
            Type wanted = op.text().equals("count_values") ? Type.STRING : Type.SCALAR;
            if (p.type() != wanted) {
                throw new PromQlException(op.text() + " needs a " + PromQlTypes.describe(wanted) + " parameter", op.position());
            }
            param = Optional.of(p);
            cursor.expect(Kind.COMMA, "',' after the parameter of " + op.text());
        }
        PromQlExpr expr = expression(0);
        cursor.expect(Kind.RPAREN, "')' closing " + op.text());
        if (grouping.isEmpty() && (cursor.acceptIdent("by") || cursor.acceptIdent("without"))) {
            grouping = labelList();
        }
        if (expr.type() != Type.VECTOR) {
            throw new PromQlException(op.text() + " needs an instant vector", op.position());
        }
        return new Aggregation(op.text(), param, expr, grouping);
    }

    private PromQlExpr call(Token name) {
        Signature signature = PromQlFunctions.function(name.text())
                .orElseThrow(() -> new PromQlException("unknown function " + name.text() + "()", name.position()));
        cursor.expect(Kind.LPAREN, "'('");
        List<PromQlExpr> args = new ArrayList<>();
        if (!cursor.accept(Kind.RPAREN)) {
            do {
                args.add(expression(0));
            } while (cursor.accept(Kind.COMMA));
            cursor.expect(Kind.RPAREN, "')' closing " + name.text() + "()");
        }
        PromQlTypes.checkArguments(name, signature, args);
        return new Call(name.text(), List.copyOf(args), signature.returns());
    }

    private List<LabelMatcher> matchersAfterBrace(Token open) {
        List<LabelMatcher> matchers = new ArrayList<>();
        while (!cursor.accept(Kind.RBRACE)) {
            Token label = cursor.expect(Kind.IDENT, "a label name");
            if (!LABEL_NAME.matcher(label.text()).matches()) {
                throw new PromQlException("bad label name '" + label.text() + "'", label.position());
            }
            Token op = cursor.expect(Kind.OPERATOR, "a match operator");
            if (!MATCH_OPERATORS.contains(op.text())) {
                throw new PromQlException("bad match operator '" + op.text() + "'", op.position());
            }
            Token value = cursor.expect(Kind.STRING, "a quoted label value");
            if (!templated && op.text().endsWith("~")) {
                checkRegex(value);
            }
            matchers.add(new LabelMatcher(label.text(), op.text(), value.text()));
            if (!cursor.accept(Kind.COMMA) && cursor.peek().kind() != Kind.RBRACE) {
                throw cursor.error("expected ',' or '}' in the selector opened at offset " + open.position());
            }
        }
        return List.copyOf(matchers);
    }

    private static void checkRegex(Token value) {
        try {
            Pattern.compile(value.text());
        } catch (PatternSyntaxException e) {
            throw new PromQlException("bad regular expression \"" + value.text() + "\"", value.position());
        }
    }

    private List<String> labelList() {
        cursor.expect(Kind.LPAREN, "'(' before a label list");
        List<String> labels = new ArrayList<>();
        while (!cursor.accept(Kind.RPAREN)) {
            Token label = cursor.expect(Kind.IDENT, "a label name");
            labels.add(label.text());
            if (!cursor.accept(Kind.COMMA) && cursor.peek().kind() != Kind.RPAREN) {
                throw cursor.error("expected ',' or ')' in a label list");
            }
        }
        return List.copyOf(labels);
    }
}

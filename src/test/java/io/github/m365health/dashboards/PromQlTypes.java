package io.github.m365health.dashboards;

import io.github.m365health.dashboards.PromQlExpr.Binary;
import io.github.m365health.dashboards.PromQlExpr.Type;
import io.github.m365health.dashboards.PromQlFunctions.Signature;
import io.github.m365health.dashboards.PromQlLexer.Token;
import java.util.List;
import java.util.Set;

/** Prometheus' type rules for operators and function arguments, as its own parser applies them. */
final class PromQlTypes {

    private static final Set<String> SET_OPERATORS = Set.of("and", "or", "unless");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<=", "<", ">=", ">");

    private PromQlTypes() {}

    static PromQlExpr binary(Token op, PromQlExpr lhs, PromQlExpr rhs, boolean bool, boolean matching) {
        for (PromQlExpr side : List.of(lhs, rhs)) {
            if (side.type() != Type.SCALAR && side.type() != Type.VECTOR) {
                throw new PromQlException("operator " + op.text() + " needs scalars or instant vectors, got a "
                        + describe(side.type()), op.position());
            }
        }
        boolean vectors = lhs.type() == Type.VECTOR && rhs.type() == Type.VECTOR;
        if (SET_OPERATORS.contains(op.text()) && !vectors) {
            throw new PromQlException("set operator " + op.text() + " needs instant vectors on both sides", op.position());
        }
        if (bool && !COMPARISONS.contains(op.text())) {
            throw new PromQlException("bool modifier on non-comparison " + op.text(), op.position());
        }
        if (COMPARISONS.contains(op.text()) && !bool && lhs.type() == Type.SCALAR && rhs.type() == Type.SCALAR) {
            throw new PromQlException("comparison between scalars needs the bool modifier", op.position());
        }
        if (matching && !vectors) {
            throw new PromQlException("vector matching needs instant vectors on both sides", op.position());
        }
        return new Binary(op.text(), lhs, rhs, lhs.type() == Type.VECTOR || rhs.type() == Type.VECTOR ? Type.VECTOR : Type.SCALAR);
    }

    static void checkArguments(Token name, Signature signature, List<PromQlExpr> args) {
        int declared = signature.args().size();
        int required = declared - signature.optional();
        if (args.size() < required || (!signature.variadic() && args.size() > declared)) {
            throw new PromQlException(name.text() + "() takes " + (required == declared ? declared : required + "-" + declared)
                    + " arguments, got " + args.size(), name.position());
        }
        for (int i = 0; i < args.size(); i++) {
            Type wanted = signature.args().get(Math.min(i, declared - 1));
            if (args.get(i).type() != wanted) {
                throw new PromQlException(name.text() + "() argument " + (i + 1) + " must be a "
                        + describe(wanted) + ", got a " + describe(args.get(i).type()), name.position());
            }
        }
    }

    static String describe(Type type) {
        return switch (type) {
            case SCALAR -> "scalar";
            case STRING -> "string";
            case VECTOR -> "instant vector";
            case MATRIX -> "range vector";
        };
    }
}

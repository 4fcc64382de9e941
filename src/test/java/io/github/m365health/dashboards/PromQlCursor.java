package io.github.m365health.dashboards;

import io.github.m365health.dashboards.PromQlLexer.Kind;
import io.github.m365health.dashboards.PromQlLexer.Token;
import java.util.List;

/** A read position over a token list, with the look-ahead and expectation helpers the parser needs. */
final class PromQlCursor {

    private final List<Token> tokens;
    private int index;

    PromQlCursor(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    Token peek() {
        return tokens.get(index);
    }

    Token advance() {
        Token token = tokens.get(index);
        if (token.kind() != Kind.EOF) {
            index++;
        }
        return token;
    }

    boolean accept(Kind kind) {
        if (peek().kind() == kind) {
            advance();
            return true;
        }
        return false;
    }

    boolean accept(Kind kind, String text) {
        if (peek().is(kind, text)) {
            advance();
            return true;
        }
        return false;
    }

    boolean acceptIdent(String word) {
        return accept(Kind.IDENT, word);
    }

    Token expect(Kind kind, String what) {
        if (peek().kind() != kind) {
            throw error("expected " + what + " but found " + (peek().kind() == Kind.EOF ? "the end" : "'" + peek().text() + "'"));
        }
        return advance();
    }

    PromQlException error(String problem) {
        return new PromQlException(problem, peek().position());
    }
}

package io.github.m365health.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a PromQL expression into tokens. In template mode it also accepts the Grafana globals
 * that stand for a duration ({@code $__rate_interval}) or a number ({@code $__range_s}), so the
 * raw dashboard text can be parsed and the rules can still see which variable a range used.
 */
final class PromQlLexer {

    enum Kind { IDENT, NUMBER, DURATION, STRING, OPERATOR, LPAREN, RPAREN, LBRACE, RBRACE, LBRACKET, RBRACKET, COMMA, COLON, AT, EOF }

    record Token(Kind kind, String text, int position) {
        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }
    }

    static final Set<String> DURATION_VARIABLES = Set.of("$__rate_interval", "$__interval", "$__range");
    static final Set<String> NUMBER_VARIABLES = Set.of("$__range_s", "$__range_ms", "$__interval_ms");

    private static final String[] OPERATORS = {"==", "!=", ">=", "<=", "=~", "!~", "+", "-", "*", "/", "%", "^", ">", "<", "="};

    private final String text;
    private final boolean templated;
    private int pos;

    private PromQlLexer(String text, boolean templated) {
        this.text = text;
        this.templated = templated;
    }

    static List<Token> tokenize(String text, boolean templated) {
        return new PromQlLexer(text, templated).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.EOF, "", pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipWhitespaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        switch (c) {
            case '(': pos++; return new Token(Kind.LPAREN, "(", start);
            case ')': pos++; return new Token(Kind.RPAREN, ")", start);
            case '{': pos++; return new Token(Kind.LBRACE, "{", start);
            case '}': pos++; return new Token(Kind.RBRACE, "}", start);
            case '[': pos++; return new Token(Kind.LBRACKET, "[", start);
            case ']': pos++; return new Token(Kind.RBRACKET, "]", start);
            case ',': pos++; return new Token(Kind.COMMA, ",", start);
            case ':': pos++; return new Token(Kind.COLON, ":", start);
            case '@': pos++; return new Token(Kind.AT, "@", start);
            case '"': case '\'': case '`': return string(c);
            case '$': return variable();
            default: break;
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return numberOrDuration();
        }
        if (Character.isLetter(c) || c == '_' || c == ':') {
            while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.IDENT, text.substring(start, pos), start);
        }
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Kind.OPERATOR, op, start);
            }
        }
        throw new PromQlException("unexpected character '" + c + "'", start);
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':';
    }

    private Token string(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return new Token(Kind.STRING, value.toString(), start);
            }
            if (c == '\\' && quote != '`') {
                if (pos >= text.length()) {
                    break;
                }
                c = text.charAt(pos++);
            } else if (c == '\n' && quote != '`') {
                throw new PromQlException("newline in string", start);
            }
            value.append(c);
        }
        throw new PromQlException("unterminated string", start);
    }

    private Token variable() {
        int start = pos++;
        boolean braced = pos < text.length() && text.charAt(pos) == '{';
        if (braced) {
            pos++;
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String name = "$" + text.substring(start + (braced ? 2 : 1), pos);
        if (braced) {
            if (pos >= text.length() || text.charAt(pos) != '}') {
                throw new PromQlException("unterminated ${...} variable", start);
            }
            pos++;
        }
        if (templated && DURATION_VARIABLES.contains(name)) {
            return new Token(Kind.DURATION, name, start);
        }
        if (templated && NUMBER_VARIABLES.contains(name)) {
            return new Token(Kind.NUMBER, name, start);
        }
        throw new PromQlException("template variable " + name + " outside a string", start);
    }

    private Token numberOrDuration() {
        int start = pos;
        if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
            pos += 2;
            while (pos < text.length() && Character.digit(text.charAt(pos), 16) >= 0) {
                pos++;
            }
            return new Token(Kind.NUMBER, text.substring(start, pos), start);
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && "smhdwy".indexOf(text.charAt(pos)) >= 0) {
            return duration(start);
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String number = text.substring(start, pos);
        try {
            Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new PromQlException("bad number '" + number + "'", start);
        }
        if (pos < text.length() && isIdentPart(text.charAt(pos))) {
            throw new PromQlException("bad number or duration '" + number + text.charAt(pos) + "'", start);
        }
        return new Token(Kind.NUMBER, number, start);
    }

    // Durations are one or more <integer><unit> parts: 90s, 1h30m, 1w.
    private Token duration(int start) {
        pos = start;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (text.startsWith("ms", pos)) {
                pos += 2;
            } else if (pos < text.length() && "smhdwy".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            } else {
                throw new PromQlException("bad duration '" + text.substring(start, pos) + "'", start);
            }
        }
        // A colon may follow: it separates a subquery's range from its step.
        if (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            throw new PromQlException("bad duration '" + text.substring(start, pos + 1) + "'", start);
        }
        return new Token(Kind.DURATION, text.substring(start, pos), start);
    }
}

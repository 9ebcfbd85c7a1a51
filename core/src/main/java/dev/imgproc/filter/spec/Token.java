package dev.imgproc.filter.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A piece of a spec with its position, so that errors can point at it. Leading and trailing blanks are trimmed. */
record Token(String text, int start, int end) {

    static Token of(String spec, int start, int end) {
        while (start < end && Character.isWhitespace(spec.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(spec.charAt(end - 1))) {
            end--;
        }
        return new Token(spec.substring(start, end), start, end);
    }

    /** Splits spec[from, to) at any of the separator characters. */
    static List<Token> split(String spec, int from, int to, String separators) {
        List<Token> tokens = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (separators.indexOf(spec.charAt(i)) >= 0) {
                tokens.add(of(spec, start, i));
                start = i + 1;
            }
        }
        tokens.add(of(spec, start, to));
        return tokens;
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    Token before(char c) {
        int i = text.indexOf(c);
        return i < 0 ? this : new Token(text.substring(0, i).strip(), start, start + i);
    }

    Optional<Token> after(char c) {
        int i = text.indexOf(c);
        if (i < 0) {
            return Optional.empty();
        }
        return Optional.of(new Token(text.substring(i + 1).strip(), start + i + 1, end));
    }
}

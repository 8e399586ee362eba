package io.github.backendnotes.fix;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Edits of single front-matter lines that keep what they do not change: the key, the spacing, a trailing comment,
 * and the quoting the old value had. A value that spans lines, or a line this cannot read, is left alone.
 */
final class YamlLines {

    /** Plain scalars YAML 1.1 (SnakeYAML) would read as a number, a boolean, a null or a date. */
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9_]+|0x[0-9a-fA-F_]+|0b[01_]+)(?:[eE][-+]?[0-9]+)?"
                    + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)|~|\\d{4}-\\d{1,2}-\\d{1,2}.*|[0-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Set<String> WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlLines() {
    }

    /** Where the value of {@code key} starts on its line (after {@code key:} and spaces), or -1. */
    static int valueStart(String line, String key) {
        int at;
        if (line.startsWith(key)) {
            at = key.length();
        } else if (line.startsWith("\"" + key + "\"") || line.startsWith("'" + key + "'")) {
            at = key.length() + 2;
        } else {
            return -1;
        }
        while (at < line.length() && line.charAt(at) == ' ') {
            at++;
        }
        if (at >= line.length() || line.charAt(at) != ':') {
            return -1;
        }
        at++;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** The end (exclusive) of the scalar that starts at {@code start}, quotes included, or -1 if it does not end there. */
    static int scalarEnd(String line, int start) {
        if (start >= line.length()) {
            return -1;
        }
        char first = line.charAt(start);
        if (first == '"' || first == '\'') {
            return quotedEnd(line, start, first);
        }
        if ("[{|>&*!".indexOf(first) >= 0) {
            return -1;
        }
        int end = line.length();
        for (int i = start; i < line.length() - 1; i++) {
            if ((line.charAt(i) == ' ' || line.charAt(i) == '\t') && line.charAt(i + 1) == '#') {
                end = i;
                break;
            }
        }
        while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }

    private static int quotedEnd(String line, int start, char quote) {
        for (int i = start + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /**
     * The line with the value of {@code key} replaced by {@code value}, quoted as the old value was; a plain value
     * that would not read back as this text (or, with {@code asString}, as a string) gets double quotes.
     */
    static Optional<String> withScalar(String line, String key, String value, boolean asString) {
        int start = valueStart(line, key);
        int end = start < 0 ? -1 : scalarEnd(line, start);
        if (end < 0) {
            return Optional.empty();
        }
        char quote = line.charAt(start) == '"' || line.charAt(start) == '\'' ? line.charAt(start) : 0;
        return Optional.of(line.substring(0, start) + render(value, quote, asString, false) + line.substring(end));
    }

    /** A scalar in this quote ({@code 0} for plain, quoted only where it must be), inside a flow list or not. */
    static String render(String value, char quote, boolean asString, boolean inFlow) {
        if (quote == '\'') {
            return "'" + value.replace("'", "''") + "'";
        }
        if (quote == '"' || !plainReadsAs(value, asString, inFlow)) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return value;
    }

    /** Whether the text written plain reads back as itself (and, with {@code asString}, as a string). */
    static boolean plainReadsAs(String value, boolean asString, boolean inFlow) {
        if (value.isEmpty() || !value.strip().equals(value) || INDICATORS.indexOf(value.charAt(0)) >= 0
                || value.contains(": ") || value.contains(" #") || value.endsWith(":")
                || value.chars().anyMatch(c -> c < 0x20)) {
            return false;
        }
        if (inFlow && value.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
            return false;
        }
        boolean typed = NOT_A_STRING.matcher(value).matches() || WORDS.contains(value.toLowerCase(Locale.ROOT));
        return !asString || !typed;
    }
}

package io.github.backendnotes.snippets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output a program's trailing comment block expects. The block starts at a line {@code // Output:} (text after
 * the colon is its first line) and runs to the end of the code: every later line is a {@code //} comment, blank, or
 * a closing brace. {@code // Unordered output:}, or a note in parentheses that speaks of order
 * ({@code // Output (unordered):}, {@code // Output (順序可能因 goroutine 排程而異):}), compares the lines in any
 * order, as Go's example tests do; a note that says the output varies ({@code // Output (varies):}) compares nothing.
 *
 * @param mode   how the program's output is compared with the lines
 * @param lines  the expected lines, comment markers and trailing spaces stripped, blank lines at either end left out
 * @param marker the 0-based line of the code that opens the block
 */
public record ExpectedOutput(Mode mode, List<String> lines, int marker) {

    private static final Pattern MARKER = Pattern.compile(
            "^\\s*//\\s*(unordered\\s+)?output\\s*(?:[(（]([^)）]*)[)）])?\\s*[:：](.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDER_NOTE = Pattern.compile("unordered|any order|order|順序|顺序", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIES_NOTE = Pattern.compile("var(?:y|ies)|differ|可能|不同|而異|而异|示意",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING = Pattern.compile("^[\\s});]*$");

    /** How the output is compared. */
    public enum Mode {
        /** Line by line, in order. */
        ORDERED,
        /** The same lines, in any order. */
        UNORDERED,
        /** Not compared: the program is only run. */
        VARIES
    }

    public ExpectedOutput {
        lines = List.copyOf(lines);
    }

    /** The trailing output block of the code, or empty when it ends without one. */
    public static Optional<ExpectedOutput> of(String code) {
        String[] lines = code.split("\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            Matcher marker = MARKER.matcher(lines[i]);
            if (marker.matches()) {
                return Optional.of(block(lines, i, marker));
            }
            if (!isComment(lines[i]) && !CLOSING.matcher(lines[i]).matches()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static ExpectedOutput block(String[] lines, int start, Matcher marker) {
        String note = marker.group(2) == null ? "" : marker.group(2).toLowerCase(Locale.ROOT);
        Mode mode = marker.group(1) != null || ORDER_NOTE.matcher(note).find() ? Mode.UNORDERED
                : VARIES_NOTE.matcher(note).find() ? Mode.VARIES : Mode.ORDERED;
        List<String> expected = new ArrayList<>();
        String first = marker.group(3).strip();
        if (!first.isEmpty()) {
            expected.add(first);
        }
        for (int i = start + 1; i < lines.length && isComment(lines[i]); i++) {
            String text = lines[i].strip().substring(2);
            expected.add(stripEnd(text.startsWith(" ") ? text.substring(1) : text));
        }
        return new ExpectedOutput(mode, trimBlankEnds(expected), start);
    }

    private static boolean isComment(String line) {
        return line.strip().startsWith("//");
    }

    static String stripEnd(String line) {
        return line.stripTrailing();
    }

    /** The lines without blank lines at their start and end. */
    static List<String> trimBlankEnds(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }
}

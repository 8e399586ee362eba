package io.github.backendnotes.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The edits planned for one file, made at line numbers of the text as it was read: a line replaced, lines inserted
 * before or after a line. Every other line, its terminator included, is written back as it was. A line is replaced
 * at most once: a second fixer wanting the same line is refused, and its finding stays.
 */
final class LineEdits {

    /** One line of the result as a diff sees it: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}). */
    record Op(char kind, String text) {
    }

    private final String path;
    private final FileText text;
    private final Map<Integer, String> replaced = new TreeMap<>();
    private final Map<Integer, List<String>> before = new TreeMap<>();
    private final Map<Integer, List<String>> after = new TreeMap<>();
    private final Map<Integer, List<Integer>> afterRanks = new TreeMap<>();
    private final Map<Integer, List<Integer>> beforeRanks = new TreeMap<>();
    private final List<String> changes = new ArrayList<>();

    LineEdits(String path, FileText text) {
        this.path = path;
        this.text = text;
    }

    String path() {
        return path;
    }

    FileText text() {
        return text;
    }

    /** What was changed, one line per edit, for the console. */
    List<String> changes() {
        return List.copyOf(changes);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Replaces a line; false when it is out of range, already replaced, or would not change. */
    boolean replace(int line, String newText, String change) {
        if (line < 1 || line > text.size() || replaced.containsKey(line) || text.line(line).equals(newText)) {
            return false;
        }
        replaced.put(line, newText);
        changes.add("line " + line + ": " + change);
        return true;
    }

    void insertBefore(int line, String newText, String change) {
        insertBefore(line, Integer.MAX_VALUE, newText, change);
    }

    /** Inserts before a line, ranked among the lines inserted there as {@link #insertAfter(int, int, String, String)}. */
    void insertBefore(int line, int rank, String newText, String change) {
        insert(before, beforeRanks, line, rank, newText);
        changes.add("before line " + line + ": " + change);
    }

    void insertAfter(int line, String newText, String change) {
        insertAfter(line, Integer.MAX_VALUE, newText, change);
    }

    /**
     * Inserts after a line, among the lines inserted there before it by {@code rank} (the lower first, the earlier
     * first among equals), so that lines added at one place come in the rubric's order whatever the findings' order.
     */
    void insertAfter(int line, int rank, String newText, String change) {
        insert(after, afterRanks, line, rank, newText);
        changes.add("after line " + line + ": " + change);
    }

    private static void insert(Map<Integer, List<String>> inserted, Map<Integer, List<Integer>> ranked, int line,
                               int rank, String newText) {
        List<String> lines = inserted.computeIfAbsent(line, l -> new ArrayList<>());
        List<Integer> ranks = ranked.computeIfAbsent(line, l -> new ArrayList<>());
        int at = 0;
        while (at < ranks.size() && ranks.get(at) <= rank) {
            at++;
        }
        lines.add(at, newText);
        ranks.add(at, rank);
    }

    /** The file's lines as the edits leave them, old and new side by side. */
    List<Op> ops() {
        List<Op> ops = new ArrayList<>();
        for (int line = 1; line <= text.size(); line++) {
            before.getOrDefault(line, List.of()).forEach(added -> ops.add(new Op('+', added)));
            String replacement = replaced.get(line);
            if (replacement == null) {
                ops.add(new Op(' ', text.line(line)));
            } else {
                ops.add(new Op('-', text.line(line)));
                ops.add(new Op('+', replacement));
            }
            after.getOrDefault(line, List.of()).forEach(added -> ops.add(new Op('+', added)));
        }
        return ops;
    }

    /** The edited text: untouched lines keep their terminators, new lines take the file's. */
    String apply() {
        List<String[]> lines = new ArrayList<>();
        String newline = text.newline();
        for (int line = 1; line <= text.size(); line++) {
            before.getOrDefault(line, List.of()).forEach(added -> lines.add(new String[] {added, newline}));
            lines.add(new String[] {replaced.getOrDefault(line, text.line(line)), text.end(line)});
            after.getOrDefault(line, List.of()).forEach(added -> lines.add(new String[] {added, newline}));
        }
        // a last line without a terminator keeps that: the added lines go before the end of the file
        boolean lastWithout = text.size() > 0 && text.end(text.size()).isEmpty();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            String end = last && lastWithout ? "" : lines.get(i)[1].isEmpty() ? newline : lines.get(i)[1];
            out.append(lines.get(i)[0]).append(end);
        }
        return out.toString();
    }
}

package io.github.backendnotes.scaffold;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A file's text as lines, each with its own line ending, and the edits to make at numbered lines. Untouched lines
 * keep their bytes, endings included; a new line takes the ending of the line it follows, so a CRLF file stays one.
 */
final class TextLines {

    private final List<String> lines = new ArrayList<>();
    private final List<String> endings = new ArrayList<>();
    private final Map<Integer, String> replaced = new TreeMap<>();
    private final Map<Integer, List<String>> inserted = new TreeMap<>();

    TextLines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            boolean crlf = end > start && text.charAt(end - 1) == '\r';
            lines.add(text.substring(start, crlf ? end - 1 : end));
            endings.add(newline < 0 ? "" : crlf ? "\r\n" : "\n");
            start = newline < 0 ? text.length() : newline + 1;
        }
    }

    /** The text of line {@code number} (1-based), as it stands before the edits. */
    String line(int number) {
        return lines.get(number - 1);
    }

    int size() {
        return lines.size();
    }

    void replace(int number, String text) {
        line(number);
        replaced.put(number, text);
    }

    /** Adds a line after line {@code number}; 0 puts it first. Lines added after one line keep their order. */
    void insertAfter(int number, String text) {
        if (number < 0 || number > lines.size()) {
            throw new IndexOutOfBoundsException("line " + number + " of " + lines.size());
        }
        inserted.computeIfAbsent(number, n -> new ArrayList<>()).add(text);
    }

    boolean changed() {
        return !replaced.isEmpty() || !inserted.isEmpty();
    }

    byte[] bytes() {
        StringBuilder out = new StringBuilder();
        String usual = endings.stream().filter(e -> !e.isEmpty()).findFirst().orElse("\n");
        inserted.getOrDefault(0, List.of()).forEach(text -> out.append(text).append(usual));
        for (int i = 1; i <= lines.size(); i++) {
            out.append(replaced.getOrDefault(i, lines.get(i - 1)));
            String ending = endings.get(i - 1);
            List<String> after = inserted.getOrDefault(i, List.of());
            // a last line without an ending gains one only when a line now follows it
            out.append(ending.isEmpty() && !after.isEmpty() ? usual : ending);
            for (int j = 0; j < after.size(); j++) {
                out.append(after.get(j));
                if (!ending.isEmpty() || j < after.size() - 1) {
                    out.append(ending.isEmpty() ? usual : ending);
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package io.github.backendnotes.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A text file as lines, each with the terminator it had ({@code \n}, {@code \r\n}, {@code \r} or none for the last),
 * so that lines that are not edited are written back byte for byte.
 */
final class FileText {

    private final List<String> lines = new ArrayList<>();
    private final List<String> ends = new ArrayList<>();

    private FileText() {
    }

    static FileText of(String text) {
        FileText file = new FileText();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                file.lines.add(text.substring(start, i));
                file.ends.add(text.substring(i, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            file.lines.add(text.substring(start));
            file.ends.add("");
        }
        return file;
    }

    int size() {
        return lines.size();
    }

    /** The text of a 1-based line, without its terminator; "" past the end. */
    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    String end(int number) {
        return ends.get(number - 1);
    }

    /** The terminator new lines get: the first line's, or {@code \n} in a file of one line without one. */
    String newline() {
        for (String end : ends) {
            if (!end.isEmpty()) {
                return end;
            }
        }
        return "\n";
    }
}

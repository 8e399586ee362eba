package io.github.backendnotes.report;

import io.github.backendnotes.RandomTexts;
import io.github.backendnotes.files.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The escapers copy plain runs whole; each is held equal to the one-character-at-a-time escaping it replaced. */
class EscapingTest {

    private static final String[] TOKENS = {"a", "Z", " ", "中", "，", "\uFF1A", "&", "<", ">", "\"", "'", "\\", "\t", "\n",
        "\r", "\u0001", "\u001F", "\u2028", "\u2029", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uFFFE", "\uFFFF", "\uE000",
        "\uD7FF", "é", "/"};

    @Test
    void markupEscapesAsBefore() {
        for (String text : RandomTexts.of(24, 30_000, 12, TOKENS)) {
            assertEquals(formerMarkup(text), Markup.escape(text), () -> "on '" + text + "'");
        }
    }

    @Test
    void jsonStringsEscapeAsBefore() {
        for (String text : RandomTexts.of(25, 30_000, 12, TOKENS)) {
            assertEquals("\"" + formerJson(text) + "\"", new Json().value(text).toString(), () -> "on '" + text + "'");
        }
    }

    @Test
    void markdownLinesEscapeAsBefore() {
        String[] tokens = {"a", " ", "中", "`", "``", "*", "_", "[", "]", "<", ">", "&", "~", "@", "\\", "\t", "\n", "\r",
            "\r\n", "\u0001", "|", "#"};
        for (String text : RandomTexts.of(26, 30_000, 12, tokens)) {
            assertEquals(formerMarkdown(text), MarkdownReport.escape(text), () -> "on '" + text + "'");
        }
    }

    private static String formerMarkdown(String text) {
        String line = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = backticks(line, i);
                int close = closingBackticks(line, i + run, run);
                if (close >= 0) {
                    out.append(line, i, close + run);
                    i = close + run;
                } else {
                    out.append("\\`".repeat(run));
                    i += run;
                }
                continue;
            }
            if ("\\*_[]<>&~@".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\t' ? ' ' : c < 0x20 ? '\uFFFD' : c);
            i++;
        }
        return out.toString();
    }

    private static int backticks(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    private static int closingBackticks(String text, int from, int length) {
        for (int i = from; i < text.length(); ) {
            int run = backticks(text, i);
            if (run == length) {
                return i;
            }
            i += Math.max(run, 1);
        }
        return -1;
    }

    private static String formerMarkup(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String formerJson(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

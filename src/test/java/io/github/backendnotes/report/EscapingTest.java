package io.github.backendnotes.report;

import io.github.backendnotes.RandomTexts;
import io.github.backendnotes.files.Json;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The escapers copy plain runs whole; each is held equal to a reading of its rules a character at a time. */
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

    /** The former loop, a character at a time; the backtick runs are read by the report's own helpers. */
    private static String formerMarkdown(String text) {
        String line = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = MarkdownReport.runLength(line, i);
                int close = MarkdownReport.closingRun(line, i + run, run);
                out.append(close >= 0 ? line.substring(i, close + run) : "\\`".repeat(run));
                i = close >= 0 ? close + run : i + run;
            } else {
                out.append("\\*_[]<>&~@".indexOf(c) >= 0 ? "\\" : "").append(c == '\t' ? ' ' : c < 0x20 ? '\uFFFD' : c);
                i++;
            }
        }
        return out.toString();
    }

    private static final Map<Integer, String> ENTITIES = Map.of((int) '&', "&amp;", (int) '<', "&lt;", (int) '>', "&gt;",
            (int) '"', "&quot;", (int) '\'', "&#39;", (int) '\t', "&#9;", (int) '\n', "&#10;", (int) '\r', "&#13;");

    /** XML/HTML text by code point: an entity, U+FFFD for what XML 1.0 cannot carry, else the character itself. */
    private static String formerMarkup(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(ENTITIES.containsKey(cp) ? ENTITIES.get(cp)
                : cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF || cp >= 0xD800 && cp <= 0xDFFF ? "\uFFFD"
                : Character.toString(cp)));
        return out.toString();
    }

    private static final Map<Integer, String> JSON_ESCAPES = Map.of((int) '"', "\\\"", (int) '\\', "\\\\",
            (int) '\n', "\\n", (int) '\r', "\\r", (int) '\t', "\\t");

    /** A JSON string's content by code point: a short escape, a \\u escape for the other controls and U+2028/9. */
    private static String formerJson(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> out.append(JSON_ESCAPES.containsKey(cp) ? JSON_ESCAPES.get(cp)
                : cp < 0x20 || cp == 0x2028 || cp == 0x2029 ? String.format("\\u%04x", cp) : Character.toString(cp)));
        return out.toString();
    }
}

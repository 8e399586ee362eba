package io.github.backendnotes.files;

/** A minimal streaming JSON writer: enough for the reports, no dependency. */
public final class Json {

    /** A line break and the indentation of each depth: SARIF nests eight deep in each of its results. */
    private static final String[] INDENTS = java.util.stream.IntStream.range(0, 16)
            .mapToObj(depth -> "\n" + "  ".repeat(depth)).toArray(String[]::new);

    private final TextOut out;
    private final java.util.ArrayDeque<Boolean> first = new java.util.ArrayDeque<>();
    private int depth;
    private boolean afterName;

    /** A document kept in memory: {@link #document()} gives it. */
    public Json() {
        this(TextOut.inMemory());
    }

    /** A document written to {@code out} as it goes. */
    public Json(TextOut out) {
        this.out = out;
    }

    public Json beginObject() {
        value();
        out.append('{');
        open();
        return this;
    }

    public Json endObject() {
        close('}');
        return this;
    }

    public Json beginArray() {
        value();
        out.append('[');
        open();
        return this;
    }

    public Json endArray() {
        close(']');
        return this;
    }

    public Json name(String name) {
        separator();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public Json value(String value) {
        value();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    public Json value(long value) {
        value();
        out.append(value);
        return this;
    }

    public Json rawNumber(double value) {
        value();
        out.append(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
        return this;
    }

    public Json value(boolean value) {
        value();
        out.append(value ? "true" : "false");
        return this;
    }

    public Json field(String name, String value) {
        return name(name).value(value);
    }

    public Json field(String name, long value) {
        return name(name).value(value);
    }

    public Json field(String name, boolean value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The text with a final line break, as a file ends, of a document kept in memory. */
    public String document() {
        return end().toString();
    }

    /** Ends the document with a line break, as a file ends. */
    public TextOut end() {
        return out.append('\n');
    }

    private void value() {
        if (afterName) {
            afterName = false;
        } else {
            separator();
        }
    }

    private void separator() {
        if (first.isEmpty()) {
            return;
        }
        if (!first.peek()) {
            out.append(',');
        }
        first.pop();
        first.push(false);
        newline();
    }

    private void open() {
        first.push(true);
        depth++;
    }

    private void close(char bracket) {
        boolean empty = first.pop();
        depth--;
        if (!empty) {
            newline();
        }
        out.append(bracket);
    }

    /** A line break and the indentation of a depth, in one piece up to {@link #INDENTS}' depth. */
    private void newline() {
        if (depth < INDENTS.length) {
            out.append(INDENTS[depth]);
            return;
        }
        out.append(INDENTS[INDENTS.length - 1]);
        for (int i = INDENTS.length - 1; i < depth; i++) {
            out.append("  ");
        }
    }

    /**
     * The value quoted and escaped. The characters that need no escape are copied a run at a time: a report is
     * mostly messages and paths, written once, in a fresh JVM, and copying them a character at a time was most of
     * its rendering.
     */
    private void string(String value) {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029) {
                continue;
            }
            out.append(value, plain, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
            plain = i + 1;
        }
        out.append(value, plain, value.length());
        out.append('"');
    }
}

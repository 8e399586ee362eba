package io.github.backendnotes.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Text on its way to a stream in UTF-8, a piece at a time, or kept in memory. A report of tens of megabytes built
 * whole in memory was copied by the young collections of a run's last seconds and then once more to be encoded;
 * written as it is rendered, it holds one piece. One thread writes: nothing is synchronized. A write that fails
 * throws {@link UncheckedIOException}, so that the renderers stay plain code; {@link #write} gives back its cause.
 */
public final class TextOut implements Appendable {

    /** Characters held before they are encoded and written. */
    public static final int PIECE = 1 << 16;

    private final StringBuilder buffer;
    private final OutputStream stream;
    private final int piece;

    TextOut(OutputStream stream, int piece) {
        this.stream = stream;
        this.piece = piece;
        this.buffer = new StringBuilder(stream == null ? 256 : piece + piece / 4);
    }

    /** Text kept in memory: {@link #toString()} gives it. */
    public static TextOut inMemory() {
        return new TextOut(null, PIECE);
    }

    /** What {@code text} writes, as a string. */
    public static String text(Consumer<TextOut> text) {
        TextOut out = inMemory();
        text.accept(out);
        return out.toString();
    }

    /** Writes what {@code text} writes to {@code stream} in UTF-8; the stream is left open. */
    public static void write(OutputStream stream, Consumer<TextOut> text) throws IOException {
        new TextOut(stream, PIECE).write(text);
    }

    void write(Consumer<TextOut> text) throws IOException {
        try {
            text.accept(this);
            spill(true);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public TextOut append(CharSequence text) {
        buffer.append(text);
        return spilled();
    }

    @Override
    public TextOut append(CharSequence text, int start, int end) {
        buffer.append(text, start, end);
        return spilled();
    }

    @Override
    public TextOut append(char c) {
        buffer.append(c);
        return spilled();
    }

    public TextOut append(long number) {
        buffer.append(number);
        return spilled();
    }

    /** The text, when it is kept in memory. */
    @Override
    public String toString() {
        if (stream != null) {
            throw new IllegalStateException("the text went to a stream");
        }
        return buffer.toString();
    }

    private TextOut spilled() {
        if (stream != null && buffer.length() >= piece) {
            spill(false);
        }
        return this;
    }

    /** Encodes and writes the piece held; a pair of surrogates is never split, unless it is the very end. */
    private void spill(boolean last) {
        int end = buffer.length();
        if (!last && end > 0 && Character.isHighSurrogate(buffer.charAt(end - 1))) {
            end--;
        }
        try {
            stream.write(buffer.substring(0, end).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.delete(0, end);
    }
}

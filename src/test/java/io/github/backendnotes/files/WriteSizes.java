package io.github.backendnotes.files;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** A stream that keeps only the size of each write it is given, to see how a text reached it. */
public final class WriteSizes extends OutputStream {

    private final List<Integer> sizes = new ArrayList<>();

    @Override
    public void write(int b) {
        sizes.add(1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        sizes.add(len);
    }

    /** The sizes so far, in order. */
    public List<Integer> sizes() {
        return List.copyOf(sizes);
    }

    public int total() {
        return sizes.stream().mapToInt(Integer::intValue).sum();
    }
}

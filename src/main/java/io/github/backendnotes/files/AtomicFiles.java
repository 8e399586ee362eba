package io.github.backendnotes.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling and a move, so that a killed build never leaves half a report. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** A temporary file is private to its owner; a report is read by CI uploaders and people alike. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes what {@code content} puts in the stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The text in UTF-8, encoded a piece at a time: for a report of tens of megabytes, encoding it whole took an
     * array of three times its length and then its copy, both allocated outside the young generation.
     */
    public static void writeString(Path target, String content) throws IOException {
        write(target, out -> TextOut.write(out, text -> appendInPieces(content, text)));
    }

    private static void appendInPieces(String content, TextOut text) {
        for (int start = 0; start < content.length(); start += TextOut.PIECE) {
            text.append(content, start, Math.min(content.length(), start + TextOut.PIECE));
        }
    }

    public static void write(Path target, Content content) throws IOException {
        Pending pending = start(target);
        try {
            content.writeTo(pending.stream());
            pending.commit();
        } finally {
            pending.discard();
        }
    }

    /** Starts a file written piece by piece: it appears at its target only on {@link Pending#commit()}. */
    public static Pending start(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            return new Pending(target, temporary, new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** A file being written to its temporary sibling. */
    public static final class Pending {

        private final Path target;
        private final Path temporary;
        private final OutputStream stream;
        private boolean closed;

        private Pending(Path target, Path temporary, OutputStream stream) {
            this.target = target;
            this.temporary = temporary;
            this.stream = stream;
        }

        public OutputStream stream() {
            return stream;
        }

        /** Closes the stream and moves the file to its target. */
        public void commit() throws IOException {
            closed = true;
            stream.close();
            readableByAll(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Drops what was written, unless it was committed; never fails. */
        public void discard() {
            try {
                if (!closed) {
                    closed = true;
                    stream.close();
                }
            } catch (IOException e) {
                // the temporary file is deleted below all the same
            }
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a leftover hidden temporary file does no harm
            }
        }
    }
}

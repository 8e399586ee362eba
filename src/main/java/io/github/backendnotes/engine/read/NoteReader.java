package io.github.backendnotes.engine.read;

import io.github.backendnotes.engine.cache.NoteCache;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.ParseProblem;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.parse.ParseRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the notes of one run from disk. Whatever a file holds, the outcome is a note: one too large (above the
 * run's size limit), unreadable or nested too deeply to parse carries the problem instead of its content. With the
 * run's note cache, a note whose content the cache holds is taken from it instead of being parsed again. Safe to
 * use from every worker at once.
 */
public final class NoteReader {

    private final NoteParser parser;
    private final Path root;
    private final long maxFileSize;
    private final NoteCache cache;

    /**
     * @param root  the notes root, which the paths of {@link #read} and {@link #readUncached} are relative to
     * @param cache null when the run keeps no cache
     */
    public NoteReader(NoteParser parser, Path root, long maxFileSize, NoteCache cache) {
        this.parser = parser;
        this.root = root;
        this.maxFileSize = maxFileSize;
        this.cache = cache;
    }

    /**
     * Reads a note, reusing what the cache holds for its content when the run has loaded the cache.
     *
     * @param indexOnly whether its index entry is all the run needs (an unchanged note, with changedSince)
     */
    public NoteRead read(String path, boolean indexOnly) {
        Content content = load(root.resolve(path), path);
        if (content.bytes() == null) {
            return NoteRead.of(content.unreadable());
        }
        if (cache == null) {
            return NoteRead.of(parse(path, content.bytes()));
        }
        String contentHash = NoteCache.contentHash(content.bytes());
        if (indexOnly) {
            NoteSummary reused = cache.reuse(path, contentHash);
            if (reused != null) {
                return new NoteRead(null, reused, contentHash);
            }
        } else {
            Note reused = cache.reuseParsed(path, contentHash);
            if (reused != null) {
                return new NoteRead(reused, null, contentHash);
            }
        }
        return new NoteRead(parse(path, content.bytes()), null, contentHash);
    }

    /** Reads and parses a note of the tree, leaving the cache aside. */
    public Note readUncached(String path) {
        return readFile(root.resolve(path), path);
    }

    /** Reads and parses any file, inside the tree or not, reported as {@code reported}. */
    public Note readFile(Path file, String reported) {
        Content content = load(file, reported);
        return content.bytes() == null ? content.unreadable() : parse(reported, content.bytes());
    }

    /** A file's bytes, or the note that says why there are none. */
    private record Content(byte[] bytes, Note unreadable) {
    }

    private Content load(Path file, String reported) {
        try {
            long size = Files.size(file);
            if (size > maxFileSize) {
                return new Content(null, Note.unreadable(reported, new ParseProblem(ParseRules.TOO_LARGE, 0, 0,
                        "file is " + megabytes(size) + ", above the limit of " + megabytes(maxFileSize)
                        + " (backend-notes.maxFileSize); it is not checked", false)));
            }
            return new Content(Files.readAllBytes(file), null);
        } catch (IOException e) {
            return new Content(null, Note.unreadable(reported, new ParseProblem(ParseRules.UNREADABLE, 0, 0,
                    "cannot be read: " + e.getClass().getSimpleName(), false)));
        }
    }

    private Note parse(String reported, byte[] bytes) {
        try {
            return parser.parse(reported, bytes);
        } catch (StackOverflowError e) {
            return Note.unreadable(reported, new ParseProblem(ParseRules.TOO_COMPLEX, 0, 0,
                    "the note nests too deeply to be read; it is not checked", false));
        }
    }

    private static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes < 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

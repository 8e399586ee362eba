package io.github.backendnotes.engine.cache;

import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.files.AtomicFiles;
import io.github.backendnotes.files.ToolInfo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * What the last run read of each note, keyed by its path and content hash, kept in the build directory: the
 * compact index entry of every note, and the whole parsed note of those every run reads whole (the rubrics, the
 * series READMEs, the coverage matrices). With {@code changedSince} the unchanged notes are only indexed, never
 * checked: a note whose content hash matches its entry is taken from here instead of being parsed again. A
 * missing, stale or damaged file is no error: the run parses what it cannot reuse and writes a new file.
 * Entries are written as the run records them, so that storing them overlaps the checks instead of following them;
 * the file replaces the old one only when {@link #save()} completes it.
 */
public final class NoteCache implements AutoCloseable {

    /** Raised whenever the stored form, or what the parser puts in a {@link Note} or an {@link NoteSummary}, changes. */
    private static final int FORMAT = 6;
    private static final int MAGIC = 0x424E4943; // "BNIC"
    /** Before each entry, and after the last one. */
    private static final int ENTRY = 1;
    private static final int END = 0;

    /** @param parsed the whole parsed note, kept only for the notes every run needs whole (rubrics, READMEs, matrices) */
    private record Entry(String contentHash, NoteSummary note, Note parsed) {
    }

    private final Path file;
    private final CompletableFuture<Map<String, Entry>> previous;
    /** This run's file while it is written; null before the first entry, and once {@code closed}. */
    private AtomicFiles.Pending pending;
    private CodecWriter writer;
    /** Saved, dropped after a failure, or discarded: nothing more is written. */
    private boolean closed;

    private NoteCache(Path file, CompletableFuture<Map<String, Entry>> previous) {
        this.file = file;
        this.previous = previous;
    }

    /**
     * @param reuse  whether this run may take entries from the file (it only needs them with changedSince); the
     *               file is written either way, for the next run
     * @param reader reads the file while the run goes on; {@link #reuse} waits for it
     */
    public static NoteCache open(Path file, boolean reuse, Executor reader) {
        return new NoteCache(file, reuse ? CompletableFuture.supplyAsync(() -> read(file), reader)
                : CompletableFuture.completedFuture(new ConcurrentHashMap<>()));
    }

    public static String contentHash(byte[] bytes) {
        return ContentHash.of(bytes);
    }

    /** The stored index entry of a note whose content has not changed since it was stored, or null. */
    public NoteSummary reuse(String path, String contentHash) {
        Entry entry = reusable(path, contentHash);
        return entry == null ? null : entry.note();
    }

    /** The stored parsed note of a file whose content has not changed since it was stored, or null. */
    public Note reuseParsed(String path, String contentHash) {
        Entry entry = reusable(path, contentHash);
        return entry == null ? null : entry.parsed();
    }

    private Entry reusable(String path, String contentHash) {
        Entry entry = previous.join().remove(path);
        return entry == null || !entry.contentHash().equals(contentHash) ? null : entry;
    }

    /**
     * Writes a note's entry to this run's file: every note the run read, parsed or reused, is recorded once.
     *
     * @param parsed the whole note, for a note every run needs whole; else null
     */
    public synchronized void record(String path, String contentHash, NoteSummary note, Note parsed) {
        try {
            if (!writable()) {
                return;
            }
            writer.writeMarker(ENTRY);
            writer.write(path);
            writer.write(contentHash);
            writer.write(note);
            // a note nested too deeply to be stored is parsed again by the next run
            writer.writeOrNull(parsed);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            fail();
        }
    }

    /** Completes this run's file and puts it in place of the last one; a cache that cannot be written only makes
     * the next run slower. */
    public synchronized void save() {
        try {
            if (!writable()) {
                return;
            }
            writer.writeMarker(END);
            pending.commit();
            pending = null;
            closed = true;
        } catch (IOException | RuntimeException e) {
            fail();
        }
    }

    /** Drops this run's file unless {@link #save()} completed it: for a run that ends early. */
    public synchronized void discard() {
        if (pending != null) {
            fail();
        }
    }

    /** Ends the run's use of the cache: {@link #discard()}s what {@link #save()} did not complete. */
    @Override
    public void close() {
        discard();
    }

    /** Whether this run's file takes more; it is started on the first call. */
    private boolean writable() throws IOException {
        if (closed) {
            return false;
        }
        if (pending == null) {
            start();
        }
        return true;
    }

    private void start() throws IOException {
        pending = AtomicFiles.start(file);
        new DataOutputStream(pending.stream()).writeInt(MAGIC);
        writer = new CodecWriter(pending.stream());
        writer.write(identity());
    }

    private void fail() {
        closed = true;
        if (pending != null) {
            pending.discard();
            pending = null;
        }
    }

    /** What the stored entries must have been made by: this format and this build of the plugin. */
    static String identity() {
        return FORMAT + " " + ToolInfo.version() + Build.STAMP;
    }

    /** Looked up once per JVM. */
    private static final class Build {

        /**
         * A SNAPSHOT keeps its version while its code changes: the jar's size and time, or the newest class file's
         * time when the plugin runs from a folder of classes, tell builds apart.
         */
        static final String STAMP = stamp();

        private static String stamp() {
            try {
                java.security.CodeSource source = NoteCache.class.getProtectionDomain().getCodeSource();
                Path location = source == null ? null : Path.of(source.getLocation().toURI());
                if (location != null && Files.isRegularFile(location)) {
                    return " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
                }
                if (location != null && Files.isDirectory(location)) {
                    try (java.util.stream.Stream<Path> files = Files.walk(location)) {
                        return " " + files.filter(Files::isRegularFile).mapToLong(Build::modified).max().orElse(0);
                    }
                }
                return "";
            } catch (Exception e) {
                return "";
            }
        }

        private static long modified(Path file) {
            try {
                return Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                return 0;
            }
        }
    }

    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        try {
            // what it holds takes several times its size in memory: a file out of all proportion is not read
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || Files.size(file) > Runtime.getRuntime().maxMemory() / 8) {
                return entries;
            }
        } catch (IOException e) {
            return entries;
        }
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
            CodecReader reader = new CodecReader(in);
            if (in.readInt() != MAGIC || !identity().equals(reader.read())) {
                return entries;
            }
            for (int marker = in.readByte(); marker != END; marker = in.readByte()) {
                if (marker != ENTRY) {
                    return new ConcurrentHashMap<>();
                }
                Object path = reader.read();
                Object contentHash = reader.read();
                Object note = reader.read();
                Object parsed = reader.read();
                if (!(path instanceof String) || !(contentHash instanceof String hash)
                        || !(note instanceof NoteSummary indexed) || !path.equals(indexed.path())
                        || !(parsed == null || parsed instanceof Note whole && path.equals(whole.path()))) {
                    return new ConcurrentHashMap<>();
                }
                entries.put((String) path, new Entry(hash, indexed, (Note) parsed));
            }
            if (in.read() != -1) {
                return new ConcurrentHashMap<>();
            }
            return entries;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // damaged, truncated or foreign: nothing is reused, the run parses every note it needs
            return new ConcurrentHashMap<>();
        }
    }
}

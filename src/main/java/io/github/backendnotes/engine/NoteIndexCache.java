package io.github.backendnotes.engine;

import io.github.backendnotes.model.Fingerprints;
import io.github.backendnotes.model.IndexedNote;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.report.AtomicFiles;
import io.github.backendnotes.report.ToolInfo;

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
 */
final class NoteIndexCache {

    /** Raised whenever the stored form, or what the parser puts in a {@link Note} or an {@link IndexedNote}, changes. */
    private static final int FORMAT = 2;
    private static final int MAGIC = 0x424E4943; // "BNIC"

    /** @param parsed the whole parsed note, kept only for the notes every run needs whole (rubrics, READMEs, matrices) */
    private record Entry(String contentHash, IndexedNote note, Note parsed) {
    }

    private final Path file;
    private final CompletableFuture<Map<String, Entry>> previous;
    /** Sized for a large vault at once: every worker puts an entry per note. */
    private final Map<String, Entry> current = new ConcurrentHashMap<>(1 << 14);

    private NoteIndexCache(Path file, CompletableFuture<Map<String, Entry>> previous) {
        this.file = file;
        this.previous = previous;
    }

    /**
     * @param reuse  whether this run may take entries from the file (it only needs them with changedSince); the
     *               file is written either way, for the next run
     * @param reader reads the file while the run goes on; {@link #reuse} waits for it
     */
    static NoteIndexCache open(Path file, boolean reuse, Executor reader) {
        return new NoteIndexCache(file, reuse ? CompletableFuture.supplyAsync(() -> read(file), reader)
                : CompletableFuture.completedFuture(new ConcurrentHashMap<>()));
    }

    static String contentHash(byte[] bytes) {
        return Fingerprints.sha256(bytes);
    }

    /** The stored index entry of a note whose content has not changed since it was stored, or null. */
    IndexedNote reuse(String path, String contentHash) {
        Entry entry = reusable(path, contentHash);
        return entry == null ? null : entry.note();
    }

    /** The stored parsed note of a file whose content has not changed since it was stored, or null. */
    Note reuseParsed(String path, String contentHash) {
        Entry entry = reusable(path, contentHash);
        return entry == null ? null : entry.parsed();
    }

    private Entry reusable(String path, String contentHash) {
        Entry entry = previous.join().remove(path);
        if (entry == null || !entry.contentHash().equals(contentHash)) {
            return null;
        }
        current.put(path, entry);
        return entry;
    }

    /** @param parsed the whole note, for a note every run needs whole; else null */
    void record(String path, String contentHash, IndexedNote note, Note parsed) {
        current.put(path, new Entry(contentHash, note, parsed));
    }

    /** Writes this run's entries; a cache that cannot be written only makes the next run slower. */
    void save() {
        try {
            AtomicFiles.write(file, out -> write(new DataOutputStream(out)));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // deliberately ignored: the cache is an optimisation, never a reason to fail a build
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
                java.security.CodeSource source = NoteIndexCache.class.getProtectionDomain().getCodeSource();
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

    private void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        ModelCodec.writeString(out, identity());
        out.writeInt(current.size());
        ModelCodec.Writer writer = new ModelCodec.Writer(out);
        for (Map.Entry<String, Entry> entry : current.entrySet()) {
            writer.write(entry.getKey());
            writer.write(entry.getValue().contentHash());
            writer.write(entry.getValue().note());
            // a note nested too deeply to be stored is parsed again by the next run
            writer.writeOrNull(entry.getValue().parsed());
        }
        out.flush();
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
            if (in.readInt() != MAGIC || !identity().equals(ModelCodec.readString(in))) {
                return entries;
            }
            int count = ModelCodec.readCount(in);
            ModelCodec.Reader reader = new ModelCodec.Reader(in);
            for (int i = 0; i < count; i++) {
                Object path = reader.read();
                Object contentHash = reader.read();
                Object note = reader.read();
                Object parsed = reader.read();
                if (!(path instanceof String) || !(contentHash instanceof String hash)
                        || !(note instanceof IndexedNote indexed) || !path.equals(indexed.path())
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

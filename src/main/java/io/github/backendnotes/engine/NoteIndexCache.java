package io.github.backendnotes.engine;

import io.github.backendnotes.model.Fingerprints;
import io.github.backendnotes.model.IndexedNote;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Suppressions;
import io.github.backendnotes.report.AtomicFiles;
import io.github.backendnotes.report.ToolInfo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The compact index entries of the last run, keyed by each note's path and content hash, kept in the output folder.
 * With {@code changedSince} the unchanged notes are only indexed, never checked: one whose content hash matches
 * its entry is taken from here instead of being parsed again. A missing, stale or damaged file is no error: the
 * run parses what it cannot reuse and writes a new file.
 */
final class NoteIndexCache {

    /** Raised whenever the stored form, or what the parser puts in an {@link IndexedNote}, changes. */
    private static final int FORMAT = 1;
    private static final int MAGIC = 0x424E4943; // "BNIC"
    /** Bounds on what a damaged or foreign file can make the reader allocate. */
    private static final int MAX_STRING_BYTES = 16 * 1024 * 1024;
    private static final int MAX_COUNT = 16 * 1024 * 1024;

    private record Entry(String contentHash, IndexedNote note) {
    }

    private final Path file;
    private final CompletableFuture<Map<String, Entry>> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

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

    /** The stored entry of a note whose content has not changed since it was stored, or null. */
    IndexedNote reuse(String path, String contentHash) {
        Entry entry = previous.join().remove(path);
        if (entry == null || !entry.contentHash().equals(contentHash)) {
            return null;
        }
        current.put(path, entry);
        return entry.note();
    }

    void record(String path, String contentHash, IndexedNote note) {
        current.put(path, new Entry(contentHash, note));
    }

    /** Writes this run's entries; a cache that cannot be written only makes the next run slower. */
    void save() {
        try {
            AtomicFiles.write(file, out -> write(new DataOutputStream(out)));
        } catch (IOException | RuntimeException e) {
            // deliberately ignored: the cache is an optimisation, never a reason to fail a build
        }
    }

    /** What the stored entries must have been made by: this format and this build of the plugin. */
    static String identity() {
        String build = "";
        try {
            java.security.CodeSource source = NoteIndexCache.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                // a SNAPSHOT keeps its version while its code changes; the jar's size and time tell builds apart
                build = " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
            }
        } catch (Exception e) {
            build = "";
        }
        return FORMAT + " " + ToolInfo.version() + build;
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        writeString(out, identity());
        out.writeInt(current.size());
        for (Map.Entry<String, Entry> entry : current.entrySet()) {
            writeString(out, entry.getKey());
            writeString(out, entry.getValue().contentHash());
            IndexedNote note = entry.getValue().note();
            writeStrings(out, note.anchors());
            writeStrings(out, note.h2());
            out.writeInt(note.links().size());
            for (Link link : note.links()) {
                out.writeByte(link.kind().ordinal());
                writeString(out, link.target());
                writeString(out, link.text());
                out.writeInt(link.line());
                out.writeInt(link.column());
            }
            writeStrings(out, note.suppressions().wholeFile());
            out.writeInt(note.suppressions().directives().size());
            for (Suppressions.Directive directive : note.suppressions().directives()) {
                out.writeByte(directive.kind().ordinal());
                writeStrings(out, directive.ids());
                out.writeInt(directive.line());
            }
            out.writeInt(note.properties().size());
            for (Map.Entry<String, String> property : note.properties().entrySet()) {
                writeString(out, property.getKey());
                writeString(out, property.getValue());
            }
        }
        out.flush();
    }

    private static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
            if (in.readInt() != MAGIC || !readString(in).equals(identity())) {
                return entries;
            }
            int count = readCount(in);
            for (int i = 0; i < count; i++) {
                String path = readString(in);
                String contentHash = readString(in);
                Set<String> anchors = new HashSet<>(readStrings(in));
                List<String> h2 = readStrings(in);
                int linkCount = readCount(in);
                List<Link> links = new ArrayList<>(Math.min(linkCount, 1024));
                for (int j = 0; j < linkCount; j++) {
                    links.add(new Link(constant(Link.Kind.values(), in.readByte()), readString(in), readString(in),
                            in.readInt(), in.readInt()));
                }
                Set<String> wholeFile = new HashSet<>(readStrings(in));
                int directiveCount = readCount(in);
                List<Suppressions.Directive> directives = new ArrayList<>(Math.min(directiveCount, 1024));
                for (int j = 0; j < directiveCount; j++) {
                    directives.add(new Suppressions.Directive(constant(Suppressions.Kind.values(), in.readByte()),
                            new HashSet<>(readStrings(in)), in.readInt()));
                }
                int propertyCount = readCount(in);
                Map<String, String> properties = new HashMap<>();
                for (int j = 0; j < propertyCount; j++) {
                    properties.put(readString(in), readString(in));
                }
                entries.put(path, new Entry(contentHash, new IndexedNote(path, anchors, h2, links,
                        new Suppressions(wholeFile, directives), properties)));
            }
            if (in.read() != -1) {
                return new ConcurrentHashMap<>();
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            // damaged, truncated or foreign: nothing is reused, the run parses every note it needs
            return new ConcurrentHashMap<>();
        }
    }

    private static <E extends Enum<E>> E constant(E[] values, byte ordinal) throws IOException {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new IOException("unknown constant " + ordinal);
        }
        return values[ordinal];
    }

    private static int readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("count out of range: " + count);
        }
        return count;
    }

    private static void writeStrings(DataOutputStream out, java.util.Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            writeString(out, string);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = readCount(in);
        List<String> strings = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            strings.add(readString(in));
        }
        return strings;
    }

    /** Length-prefixed UTF-8 (-1 for null): unlike {@code writeUTF}, not limited to 64 KB (a heading can be longer). */
    private static void writeString(DataOutputStream out, String string) throws IOException {
        if (string == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("string length out of range: " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}

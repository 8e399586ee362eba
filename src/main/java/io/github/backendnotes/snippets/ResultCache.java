package io.github.backendnotes.snippets;

import io.github.backendnotes.files.AtomicFiles;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The outcomes of earlier runs, one small file per program under {@code cache/}, named by a hash of the code, the
 * toolchain's version and every option that changes the outcome: an unchanged program is never compiled again. A
 * damaged entry is ignored and rewritten; one that cannot be written only costs a compile next time.
 */
final class ResultCache {

    private static final String FORMAT = "backend-notes-snippet-1";

    private final Path folder;

    ResultCache(Path folder) {
        this.folder = folder;
    }

    /** The key of a program's outcome: a SHA-256 over the parts, each length-prefixed so that no two lists collide. */
    static String key(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Optional<Outcome> get(String key) {
        Path file = folder.resolve(key + ".properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties stored = new Properties();
            stored.load(in);
            return Optional.of(new Outcome(Outcome.Status.valueOf(stored.getProperty("status")),
                    stored.getProperty("detail", ""), Integer.parseInt(stored.getProperty("line", "-1")),
                    Integer.parseInt(stored.getProperty("column", "0")),
                    Integer.parseInt(stored.getProperty("exitCode", "-1")), stored.getProperty("stdout", ""), true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void put(String key, Outcome outcome) {
        Properties stored = new Properties();
        stored.setProperty("status", outcome.status().name());
        stored.setProperty("detail", outcome.detail());
        stored.setProperty("line", String.valueOf(outcome.line()));
        stored.setProperty("column", String.valueOf(outcome.column()));
        stored.setProperty("exitCode", String.valueOf(outcome.exitCode()));
        stored.setProperty("stdout", outcome.stdout());
        try {
            Files.createDirectories(folder);
            StringWriter text = new StringWriter();
            stored.store(text, FORMAT);
            AtomicFiles.writeString(folder.resolve(key + ".properties"), text.toString());
        } catch (IOException e) {
            // a result that cannot be kept is compiled again next time; the run itself is not affected
        }
    }
}

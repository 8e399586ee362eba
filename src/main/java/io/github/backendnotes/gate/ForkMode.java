package io.github.backendnotes.gate;

import io.github.backendnotes.engine.MarkdownSize;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether {@code verify} checks in a JVM of its own: always, never, or when the notes are many enough to repay it. */
public enum ForkMode {
    AUTO("auto"), ALWAYS("true"), NEVER("false");

    /**
     * Below this much Markdown a fresh JVM's start (about 0.8 s on two cores) costs more than its compiler and
     * collector save: measured even at about 1.7 MB of real chapters.
     */
    public static final long AUTO_BYTES = 2L * 1024 * 1024;

    private final String value;

    ForkMode(String value) {
        this.value = value;
    }

    /** The parameter's value: {@code auto}, {@code true} or {@code false}, in any case. */
    public static Optional<ForkMode> named(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (ForkMode mode : values()) {
            if (mode.value.equals(wanted)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    public String value() {
        return value;
    }

    /**
     * Whether to fork for the notes under {@code notesDirectory}. {@code auto} does not when this JVM already runs
     * with every option the forked one would get (a {@code .mvn/jvm.config} holding them): the fork would only add
     * its start.
     *
     * @param forkJvmArgs the forked JVM's options
     * @param thisJvmArgs the options this JVM was started with
     */
    public boolean forks(Path notesDirectory, List<String> forkJvmArgs, List<String> thisJvmArgs) {
        if (this != AUTO) {
            return this == ALWAYS;
        }
        return !thisJvmArgs.containsAll(forkJvmArgs)
                && MarkdownSize.upTo(notesDirectory, AUTO_BYTES) >= AUTO_BYTES;
    }
}

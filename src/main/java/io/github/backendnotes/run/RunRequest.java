package io.github.backendnotes.run;

import io.github.backendnotes.links.LinkResolution;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run needs, independent of Maven.
 *
 * @param notesDirectory root of the notes tree; reported paths are relative to it
 * @param excludes       globs over paths relative to the root ({@code 00_system/**}, {@code **}{@code /draft_*.md})
 * @param templates      globs of notes that are templates or prompts: parsed and link-checked, but exempt from
 *                       the property dictionary, the naming rules and the orphan and INDEX checks
 * @param dictionary     the property dictionary, relative to the root or absolute; {@code null} for the default
 *                       {@value #DEFAULT_DICTIONARY} at the root, when it exists
 * @param config         the configuration file, relative to the root or absolute; {@code null} for the default
 *                       {@value #DEFAULT_CONFIG} at the root, when it exists
 * @param baseline       the baseline file, likewise; {@code null} for {@value #DEFAULT_BASELINE} at the root
 * @param changedSince   a git ref: only the notes changed since it are checked; {@code null} checks every note
 * @param maxFileSize    bytes above which a note is skipped with a finding
 * @param noteCache      where the parsed notes and their summaries are kept between runs, so that with changedSince
 *                       the unchanged notes need not be parsed again; {@code null} keeps none
 * @param compliance     whether to work out which chapters meet their rubric (what the report goal shows); a
 *                       check alone does not need it
 * @param threads        workers for per-file checks; at least 1
 * @param linkResolution whose rules resolve links, Obsidian's or GitHub's; {@code null} to choose by the
 *                       configuration, else by whether the notes root is an Obsidian vault
 * @param progress       told how far the per-note pass is, from the thread that runs it
 */
public record RunRequest(Path notesDirectory, List<String> excludes, List<String> templates, String dictionary,
                            String config, String baseline, String changedSince, long maxFileSize, Path noteCache,
                            boolean compliance, int threads, LinkResolution linkResolution,
                            Progress progress) {

    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    public static final String DEFAULT_CONFIG = ".backend-notes.yml";
    public static final String DEFAULT_BASELINE = "backend-notes-baseline.json";

    public static final String DEFAULT_DICTIONARY = "Property Dictionary.md";
    public static final List<String> DEFAULT_TEMPLATES = List.of("**/templates/**", "**/prompts/**");

    public RunRequest {
        Objects.requireNonNull(notesDirectory, "notesDirectory");
        excludes = List.copyOf(excludes);
        templates = List.copyOf(templates);
        progress = progress == null ? Progress.NONE : progress;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public RunRequest(Path notesDirectory, List<String> excludes, int threads) {
        this(notesDirectory, excludes, DEFAULT_TEMPLATES, null, null, null, null, DEFAULT_MAX_FILE_SIZE, null, false, threads,
                null, Progress.NONE);
    }

    public static RunRequest of(Path notesDirectory, List<String> excludes) {
        return new RunRequest(notesDirectory, excludes, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public RunRequest withTemplates(List<String> globs) {
        return new RunRequest(notesDirectory, excludes, globs, dictionary, config, baseline, changedSince,
                maxFileSize, noteCache, compliance, threads, linkResolution, progress);
    }

    public RunRequest withDictionary(String path) {
        return new RunRequest(notesDirectory, excludes, templates, path, config, baseline, changedSince,
                maxFileSize, noteCache, compliance, threads, linkResolution, progress);
    }

    public RunRequest withConfig(String path) {
        return new RunRequest(notesDirectory, excludes, templates, dictionary, path, baseline, changedSince,
                maxFileSize, noteCache, compliance, threads, linkResolution, progress);
    }

    public RunRequest withBaseline(String path) {
        return new RunRequest(notesDirectory, excludes, templates, dictionary, config, path, changedSince,
                maxFileSize, noteCache, compliance, threads, linkResolution, progress);
    }

    public RunRequest withChangedSince(String ref) {
        return new RunRequest(notesDirectory, excludes, templates, dictionary, config, baseline,
                ref == null || ref.isBlank() ? null : ref.trim(), maxFileSize, noteCache, compliance, threads, linkResolution, progress);
    }

    public RunRequest withMaxFileSize(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("maxFileSize must be positive");
        }
        return new RunRequest(notesDirectory, excludes, templates, dictionary, config, baseline, changedSince, bytes,
                noteCache, compliance, threads, linkResolution, progress);
    }

    public RunRequest withNoteCache(Path file) {
        return new RunRequest(notesDirectory, excludes, templates, dictionary, config, baseline, changedSince,
                maxFileSize, file, compliance, threads, linkResolution, progress);
    }

    public RunRequest withCompliance() {
        return new RunRequest(notesDirectory, excludes, templates, dictionary, config, baseline, changedSince,
                maxFileSize, noteCache, true, threads, linkResolution, progress);
    }

    /** Resolves links by these rules, whatever the configuration and the notes root say; null to let them choose. */
    public RunRequest withLinkResolution(LinkResolution resolution) {
        return new RunRequest(notesDirectory, excludes, templates, dictionary, config, baseline, changedSince,
                maxFileSize, noteCache, compliance, threads, resolution, progress);
    }

    /** With a listener told how many notes the per-note pass has done, so that a long run can say how far it is. */
    public RunRequest withProgress(Progress listener) {
        return new RunRequest(notesDirectory, excludes, templates, dictionary, config, baseline, changedSince,
                maxFileSize, noteCache, compliance, threads, linkResolution, listener);
    }

    /** How far the per-note pass is. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        /** {@code done} of the {@code total} notes of the run have been read and checked. */
        void notes(int done, int total);
    }

    /** What is wrong with a glob of the excludes or templates, or empty when it is one. */
    public static java.util.Optional<String> globProblem(String glob) {
        try {
            java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob.trim());
            return java.util.Optional.empty();
        } catch (java.util.regex.PatternSyntaxException e) {
            return java.util.Optional.of(e.getDescription() + " at index " + e.getIndex());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** A file the request names, or the default one at the notes root; {@code named} tells which. */
    public record FileChoice(java.nio.file.Path path, String reported, boolean named) {
    }

    /** Resolves a file option against the notes root; paths inside the root are reported relative to it. */
    public FileChoice choose(String option, String defaultName) {
        java.nio.file.Path root = notesDirectory.toAbsolutePath().normalize();
        boolean named = option != null && !option.isBlank();
        java.nio.file.Path file = root.resolve(named ? option : defaultName).normalize();
        String reported = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
        return new FileChoice(file, reported, named);
    }
}

package io.github.backendnotes.mojo;

import io.github.backendnotes.gate.EngineCall;
import io.github.backendnotes.gate.GoalStop;
import io.github.backendnotes.gate.Verdict;
import io.github.backendnotes.gate.ProgressLog;
import io.github.backendnotes.links.LinkResolution;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.run.SnippetRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters every goal shares and the one way they become a run of the engine. The goals only decide what
 * to do with the result.
 */
abstract class AbstractNotesMojo extends AbstractMojo {

    /**
     * The compact index of every note, kept between runs in the build directory even when the reports go to
     * another {@code outputDirectory} (which may be published): with {@code changedSince} the unchanged notes are
     * read from it instead of parsed.
     */
    static final String NOTE_CACHE = "note-cache.bin";

    /**
     * Root of the notes tree; reported paths are relative to it. Default: the project's base directory, or
     * the current directory when there is no {@code pom.xml}.
     */
    @Parameter(property = "backend-notes.notesDirectory")
    private File notesDirectory;

    /**
     * Where the reports are written. Default: <code>${project.build.directory}/backend-notes</code>, or
     * {@code target/backend-notes} under the current directory when there is no {@code pom.xml}.
     */
    // <code> rather than {@code}: the brace of ${...} would end {@code} early in the plugin descriptor and help
    @Parameter(property = "backend-notes.outputDirectory")
    private File outputDirectory;

    /** Skip the goal. */
    @Parameter(property = "backend-notes.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Globs of paths, relative to the notes directory, not to check (comma-separated on the command line),
     * e.g. {@code 00_system/**}. Hidden folders, {@code target} and {@code node_modules} are always skipped.
     */
    @Parameter(property = "backend-notes.excludes")
    private List<String> excludes;

    /**
     * Globs of notes that are templates or prompts (comma-separated on the command line): they are parsed and
     * their links checked, but the property dictionary, the naming rules and the orphan and INDEX checks leave
     * them alone.
     */
    @Parameter(property = "backend-notes.templates", defaultValue = "**/templates/**,**/prompts/**")
    private List<String> templates;

    /**
     * The vault's property dictionary, relative to the notes directory or absolute. Default: {@code Property
     * Dictionary.md} at the notes root, when it exists; a dictionary named here must exist.
     */
    @Parameter(property = "backend-notes.dictionary")
    private String dictionary;

    /**
     * The configuration file, relative to the notes directory or absolute. Default: {@code .backend-notes.yml} at
     * the notes root, when it exists; a file named here must exist.
     */
    @Parameter(property = "backend-notes.config")
    private String config;

    /**
     * The baseline of accepted findings, relative to the notes directory or absolute. Default:
     * {@code backend-notes-baseline.json} at the notes root, when it exists; a baseline named here must exist.
     */
    @Parameter(property = "backend-notes.baseline")
    private String baseline;

    /**
     * Notes larger than this are skipped with a {@code parse.too-large} finding: a number of bytes, or with a
     * {@code B}, {@code KB}, {@code MB} or {@code GB} suffix (powers of 1024).
     */
    @Parameter(property = "backend-notes.maxFileSize", defaultValue = "10MB")
    private String maxFileSize;

    /**
     * Whose rules resolve links: {@code obsidian} or {@code github}. Unset, {@code links.resolution} in the
     * configuration decides, else an {@code .obsidian/} folder at the notes root or above it (obsidian) or its
     * absence (github).
     */
    @Parameter(property = "backend-notes.linkResolution")
    private String linkResolution;

    /**
     * List what the console otherwise only counts: the findings a baseline or an inline comment suppresses, and
     * each rubric line that is not machine-checked. Maven's {@code -X} has the same effect.
     */
    @Parameter(property = "backend-notes.verbose", defaultValue = "false")
    private boolean verbose;

    /**
     * Compile and run the chapters' Rust and Go programs and compare what they print with their {@code // Output:}
     * blocks. This executes the vault's code, as a test run does. Unset, the configuration's {@code snippets.run}
     * decides (off when it says nothing).
     */
    @Parameter(property = "backend-notes.runSnippets")
    private Boolean runSnippets;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("backend-notes: skipped");
            return;
        }
        // every parameter is checked before the tree is walked
        bytes(maxFileSize);
        validate();
        perform();
    }

    /** Runs the engine and handles its result. */
    void perform() throws MojoExecutionException, MojoFailureException {
        handle(run());
    }

    /** Checks the goal's own parameters, before the tree is walked; the shared ones are checked by the engine. */
    void validate() throws MojoExecutionException, MojoFailureException {
    }

    /** Runs the engine on the configured tree. */
    RunResult run() throws MojoExecutionException, MojoFailureException {
        try {
            return EngineCall.run(runRequest().withProgress(new ProgressLog(getLog()::info)), snippetRequest());
        } catch (GoalStop stop) {
            raise(stop.verdict());
            throw new IllegalStateException("a stopped goal raises", stop);
        }
    }

    /** The request every goal runs, without a progress listener. */
    RunRequest runRequest() throws MojoExecutionException, MojoFailureException {
        return request().withMaxFileSize(bytes(maxFileSize)).withLinkResolution(linkResolution(linkResolution));
    }

    SnippetRequest snippetRequest() {
        return new SnippetRequest(runSnippets, outputDirectory().toPath().resolve("snippets"), null);
    }

    /** Passes, or fails or errs the build as the verdict says. */
    static void raise(Verdict verdict) throws MojoExecutionException, MojoFailureException {
        switch (verdict.kind()) {
            case FAILED -> throw new MojoFailureException(verdict.message());
            case BROKEN -> throw verdict.cause() == null ? new MojoExecutionException(verdict.message())
                    : new MojoExecutionException(verdict.message(), verdict.cause());
            default -> {
            }
        }
    }

    /** "10MB", "512KB", "2GB" or a plain number of bytes. */
    static long bytes(String size) throws MojoExecutionException {
        String text = size == null ? "" : size.trim().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        long unit = 1;
        if (text.endsWith("GB")) {
            unit = 1024L * 1024 * 1024;
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("MB")) {
            unit = 1024L * 1024;
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("KB")) {
            unit = 1024L;
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("B")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            long value = Long.parseLong(text);
            if (value < 1 || value > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return value * unit;
        } catch (NumberFormatException e) {
            throw new MojoExecutionException("backend-notes.maxFileSize must be a positive whole number of bytes, or"
                    + " one with a B, KB, MB or GB suffix (e.g. 1048576, 512KB, 10MB, 2GB), not '" + size + "'");
        }
    }

    /** Whether the console lists what it otherwise only counts: asked for, or Maven's debug output is on. */
    boolean verbose() {
        return verbose || getLog().isDebugEnabled();
    }

    boolean skipped() {
        return skip;
    }

    /** The parameter's resolution; null when unset. */
    static LinkResolution linkResolution(String value) throws MojoFailureException {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LinkResolution.named(value).orElseThrow(() -> new MojoFailureException(
                "backend-notes.linkResolution must be obsidian or github, not '" + value + "'"));
    }

    /** What the goal does with the engine's result. */
    abstract void handle(RunResult result) throws MojoExecutionException, MojoFailureException;

    RunRequest request() {
        return RunRequest.of(notesDirectory().toPath(), excludes == null ? List.of() : excludes)
                .withTemplates(templates == null ? RunRequest.DEFAULT_TEMPLATES : templates)
                .withDictionary(dictionary)
                .withConfig(config)
                .withBaseline(baseline)
                .withNoteCache(new File(buildDirectory(), "backend-notes/" + NOTE_CACHE).toPath());
    }

    String baselineOption() {
        return baseline;
    }

    /**
     * The shared parameters as this run resolved them, in the order the HTML report shows them; a file option left
     * unset shows the default it falls back to.
     */
    Map<String, String> parameters() {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("notesDirectory", notesDirectory().getPath());
        shown.put("outputDirectory", outputDirectory().getPath());
        shown.put("excludes", excludes == null || excludes.isEmpty() ? "(none)" : String.join(",", excludes));
        shown.put("templates", String.join(",", templates == null ? RunRequest.DEFAULT_TEMPLATES : templates));
        shown.put("dictionary", orDefault(dictionary, RunRequest.DEFAULT_DICTIONARY));
        shown.put("config", orDefault(config, RunRequest.DEFAULT_CONFIG));
        shown.put("baseline", orDefault(baseline, RunRequest.DEFAULT_BASELINE));
        shown.put("maxFileSize", maxFileSize);
        return shown;
    }

    private static String orDefault(String option, String defaultName) {
        return option == null || option.isBlank() ? defaultName + " (default, if present)" : option;
    }

    private boolean projectPresent() {
        return session != null && session.getRequest().isProjectPresent() && session.getCurrentProject() != null;
    }

    private File workingDirectory() {
        return new File(session == null ? System.getProperty("user.dir") : session.getExecutionRootDirectory());
    }

    File notesDirectory() {
        if (notesDirectory != null) {
            return notesDirectory;
        }
        return projectPresent() ? session.getCurrentProject().getBasedir() : workingDirectory();
    }

    File outputDirectory() {
        return outputDirectory != null ? outputDirectory : new File(buildDirectory(), "backend-notes");
    }

    /** The project's build directory, or {@code target} under the current directory when there is no pom. */
    private File buildDirectory() {
        return projectPresent()
                ? new File(session.getCurrentProject().getBuild().getDirectory())
                : new File(workingDirectory(), "target");
    }
}

package io.github.backendnotes.mojo;

import io.github.backendnotes.gate.Fork;
import io.github.backendnotes.gate.ForkMode;
import io.github.backendnotes.gate.Verification;
import io.github.backendnotes.gate.VerifyArgs;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.report.ReportFormat;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the notes tree against the rubrics of its series and the vault's conventions, prints the findings,
 * writes the reports, and fails the build when the findings pass the threshold. Runs with or without a
 * {@code pom.xml}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractNotesMojo {

    /** Fail the build when findings reach the threshold ({@code failOnSeverity}, {@code maxAllowedViolations}). */
    @Parameter(property = "backend-notes.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The least severity that counts against the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "backend-notes.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** How many counted findings the build tolerates. Suppressed findings never count. */
    @Parameter(property = "backend-notes.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /**
     * Report formats, comma-separated: {@code json}, {@code sarif}, {@code junit}, {@code markdown}, {@code html}.
     * {@code report.json} is always written.
     */
    @Parameter(property = "backend-notes.formats", defaultValue = "json,sarif,junit,markdown")
    private String formats;

    /**
     * A git ref: only the notes changed since it (committed, staged, unstaged and untracked) are checked, with the
     * cross-file findings that name them. The summary says how many files were skipped.
     */
    @Parameter(property = "backend-notes.changedSince")
    private String changedSince;

    @Override
    RunRequest request() {
        return super.request().withChangedSince(changedSince);
    }

    /**
     * Check in a JVM of its own, started with {@code forkJvmArgs}, rather than in Maven's: {@code true},
     * {@code false}, or {@code auto}, which forks when the notes directory holds at least 2 MB of Markdown, unless
     * Maven's JVM already runs with every option of {@code forkJvmArgs}. A check is one short batch run, which a JVM
     * with C1 alone and a small young generation does in less time and far less memory than Maven's JVM, tuned for long
     * builds; on fewer notes that JVM's own start costs more than it saves. The console, the reports and the verdict
     * are the same either way.
     */
    @Parameter(property = "backend-notes.fork", defaultValue = "auto")
    private String fork;

    /**
     * The forked JVM's options, split at white space (no quoting): a heap limit ({@code -Xmx256m}), another
     * collector. {@code MAVEN_OPTS} does not reach that JVM.
     */
    @Parameter(property = "backend-notes.forkJvmArgs", defaultValue = Fork.DEFAULT_JVM_ARGS)
    private String forkJvmArgs;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** Parsed by {@link #validate()}, before the tree is walked. */
    private Severity threshold;
    private List<ReportFormat> chosen;
    private ForkMode forkMode;
    /** Whether this run checks in a forked JVM; decided by {@link #perform()}. */
    private boolean forked;

    @Override
    void validate() throws MojoExecutionException {
        threshold = threshold();
        forkMode = ForkMode.named(fork).orElseThrow(() -> new MojoExecutionException(
                "backend-notes.fork must be auto, true or false, not '" + fork + "'"));
        try {
            chosen = ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("backend-notes.formats: " + e.getMessage());
        }
    }

    @Override
    void perform() throws MojoExecutionException, MojoFailureException {
        List<String> mavenJvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        forked = forkMode.forks(notesDirectory().toPath(), Fork.options(forkJvmArgs), mavenJvmArgs);
        getLog().debug("backend-notes: fork=" + forkMode.value() + ", Maven's JVM started with " + mavenJvmArgs
                + ": checking in " + (forked ? "a forked JVM (" + forkJvmArgs + ")" : "Maven's JVM"));
        if (!forked) {
            super.perform();
            return;
        }
        VerifyArgs args = new VerifyArgs(runRequest(), snippetRequest(), settings());
        raise(new Fork(forkJvmArgs, classPath()).verify(args, new MavenGoalLog(getLog())));
    }

    @Override
    void handle(RunResult result) throws MojoExecutionException, MojoFailureException {
        raise(Verification.judge(result, settings(), new MavenGoalLog(getLog())));
    }

    private Verification.Settings settings() {
        // GitHub's workflow commands are written only on GitHub
        String annotationsBase = "true".equals(System.getenv("GITHUB_ACTIONS")) ? pathFromWorkspace() : null;
        return new Verification.Settings(verbose(), chosen, failOnViolation, threshold, maxAllowedViolations,
                outputDirectory().toPath(), parameters(), annotationsBase);
    }

    /** The plugin's jar and its libraries, as Maven resolved them for this goal. */
    private List<Path> classPath() throws MojoExecutionException {
        Set<Path> entries = new LinkedHashSet<>();
        try {
            entries.add(Paths.get(Fork.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            throw new MojoExecutionException("backend-notes: cannot locate the plugin's own classes to fork a JVM"
                    + Fork.WAY_AROUND, e);
        }
        for (Artifact artifact : plugin.getArtifacts()) {
            if (artifact.getFile() != null) {
                entries.add(artifact.getFile().toPath());
            }
        }
        return List.copyOf(entries);
    }

    @Override
    Map<String, String> parameters() {
        Map<String, String> shown = super.parameters();
        shown.put("formats", formats);
        shown.put("failOnViolation", String.valueOf(failOnViolation));
        shown.put("failOnSeverity", failOnSeverity);
        shown.put("maxAllowedViolations", String.valueOf(maxAllowedViolations));
        shown.put("changedSince", changedSince == null || changedSince.isBlank() ? "(every note)" : changedSince);
        shown.put("fork", forkMode.value() + ": " + (forked
                ? "a forked JVM (" + java.util.Objects.toString(forkJvmArgs, "").trim() + ")" : "Maven's JVM"));
        return shown;
    }

    /** The notes directory relative to the checkout, so that annotations name files as GitHub knows them. */
    private String pathFromWorkspace() {
        String workspace = System.getenv("GITHUB_WORKSPACE");
        Path base = Path.of(workspace == null || workspace.isBlank() ? System.getProperty("user.dir") : workspace)
                .toAbsolutePath().normalize();
        Path notes = notesDirectory().toPath().toAbsolutePath().normalize();
        return notes.startsWith(base) ? base.relativize(notes).toString().replace('\\', '/') : "";
    }

    private Severity threshold() throws MojoExecutionException {
        try {
            return Severity.valueOf(failOnSeverity.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("backend-notes.failOnSeverity must be error, warning or info, not '"
                    + failOnSeverity + "'");
        }
    }
}

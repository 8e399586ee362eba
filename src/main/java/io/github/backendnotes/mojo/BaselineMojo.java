package io.github.backendnotes.mojo;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.baseline.Baseline;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Records today's findings as accepted: writes {@code backend-notes-baseline.json} at the notes root (or the file
 * {@code backend-notes.baseline} names). {@code verify} then reports them as suppressed and does not fail on them.
 * Findings suppressed by inline comments and problems of the configuration itself are not recorded.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractNotesMojo {

    /** The baseline this goal writes need not exist yet: a new one named is no baseline to apply, not an error. */
    @Override
    RunRequest request() {
        RunRequest request = super.request();
        RunRequest.FileChoice target = request.choose(baselineOption(), RunRequest.DEFAULT_BASELINE);
        return target.named() && !Files.exists(target.path()) ? request.withBaseline(null) : request;
    }

    @Override
    void handle(RunResult result) throws MojoExecutionException {
        RunRequest request = request();
        RunRequest.FileChoice target = request.choose(baselineOption(), RunRequest.DEFAULT_BASELINE);
        Baseline previous;
        // the baseline the run applied, which is the default one when the one named here is new
        Path applied = result.baseline() == null ? null
                : request.choose(result.baseline().file(), RunRequest.DEFAULT_BASELINE).path();
        try {
            previous = applied == null ? Baseline.of(List.of()) : Baseline.read(applied);
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot read the baseline " + applied, e);
        }
        // a finding the previous baseline suppressed is still today's; one an inline comment suppresses is not
        List<Finding> accepted = result.findings().stream()
                .filter(f -> !f.ruleId().startsWith("config."))
                .filter(f -> !f.suppressed() || previous.holds(f))
                .toList();
        try {
            Baseline.of(accepted).write(target.path());
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot write the baseline " + target.path(), e);
        }
        getLog().info("Baseline " + target.path() + ": " + accepted.size() + " findings accepted");
    }
}

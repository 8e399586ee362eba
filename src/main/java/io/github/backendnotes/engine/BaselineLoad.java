package io.github.backendnotes.engine;

import io.github.backendnotes.files.PlainFiles;
import io.github.backendnotes.baseline.Baseline;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.config.ConfigRules;

import java.io.IOException;
import java.util.List;

/**
 * The baseline of a run: the file the request names, or the default one at the notes root when it exists.
 *
 * @param file    the baseline's path as reported, or {@code null} when none is used
 * @param problem what went wrong reading a baseline, or {@code null}
 * @param tried   the path of the baseline chosen, as reported: where a problem is reported
 */
record BaselineLoad(Baseline baseline, String file, String problem, String tried) {

    static BaselineLoad load(RunRequest request) {
        RunRequest.FileChoice choice = request.choose(request.baseline(), RunRequest.DEFAULT_BASELINE);
        Baseline empty = Baseline.of(List.of());
        if (!PlainFiles.isPlainFile(request.notesDirectory().toAbsolutePath().normalize(), choice.path())) {
            return new BaselineLoad(empty, null, choice.named()
                    ? "the baseline '" + request.baseline() + "' does not exist" : null, choice.reported());
        }
        try {
            return new BaselineLoad(Baseline.read(choice.path()), choice.reported(), null, choice.reported());
        } catch (IOException e) {
            return new BaselineLoad(empty, null, "the baseline '" + choice.reported() + "' cannot be used: " + e.getMessage(),
                    choice.reported());
        }
    }

    List<Finding> findings(SeverityPolicy policy) {
        if (problem == null) {
            return List.of();
        }
        Findings sink = new Findings(tried, null, policy);
        sink.report(ConfigRules.BASELINE_UNUSABLE, 0, 0, problem);
        return sink.findings();
    }
}

package io.github.backendnotes.engine;

import io.github.backendnotes.baseline.Baseline;
import io.github.backendnotes.files.PlainFiles;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.UnusableInput;

import java.io.IOException;
import java.util.List;

/**
 * The baseline of a run: the file the request names, or the default one at the notes root when it exists.
 *
 * @param file the baseline's path as reported, or {@code null} when none is used
 */
record BaselineLoad(Baseline baseline, String file) {

    /**
     * @throws UnusableInput when the baseline named does not exist, or the one named or present is not a baseline:
     *                       a run that silently ignored it would report every accepted finding again
     */
    static BaselineLoad load(RunRequest request) throws UnusableInput {
        RunRequest.FileChoice choice = request.choose(request.baseline(), RunRequest.DEFAULT_BASELINE);
        if (!PlainFiles.isPlainFile(request.notesDirectory().toAbsolutePath().normalize(), choice.path())) {
            if (choice.named()) {
                throw new UnusableInput("the baseline " + choice.path() + " (backend-notes.baseline) "
                        + UnusableInput.notAFile(choice.path()));
            }
            return new BaselineLoad(Baseline.of(List.of()), null);
        }
        try {
            return new BaselineLoad(Baseline.read(choice.path()), choice.reported());
        } catch (IOException e) {
            throw new UnusableInput("the baseline " + choice.path() + " cannot be used: " + e.getMessage());
        }
    }
}

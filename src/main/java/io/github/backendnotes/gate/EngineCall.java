package io.github.backendnotes.gate;

import io.github.backendnotes.engine.Engine;
import io.github.backendnotes.engine.GitChanges;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.run.SnippetRequest;
import io.github.backendnotes.run.UnusableInput;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** Runs the engine for a goal, each way it cannot start or finish named as the build reports it. */
public final class EngineCall {

    private EngineCall() {
    }

    public static RunResult run(RunRequest request, SnippetRequest snippets) throws GoalStop {
        try {
            return new Engine().run(request, snippets);
        } catch (GitChanges.GitException e) {
            throw new GoalStop(new Verdict(Verdict.Kind.FAILED, "backend-notes.changedSince: " + e.getMessage(), e));
        } catch (UnusableInput e) {
            throw new GoalStop(new Verdict(Verdict.Kind.FAILED, "backend-notes: " + e.getMessage(), e));
        } catch (NoSuchFileException e) {
            throw new GoalStop(new Verdict(Verdict.Kind.FAILED,
                    "backend-notes: notes directory " + request.notesDirectory() + " does not exist", e));
        } catch (IOException e) {
            throw new GoalStop(Verdict.broken(
                    "backend-notes: cannot walk " + request.notesDirectory() + ": " + e.getMessage(), e));
        }
    }
}

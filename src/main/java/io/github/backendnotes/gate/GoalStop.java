package io.github.backendnotes.gate;

/** Ends a goal before its work is done, with the verdict the build reports. */
public final class GoalStop extends Exception {

    private final transient Verdict verdict;

    GoalStop(Verdict verdict) {
        super(verdict.message(), verdict.cause());
        this.verdict = verdict;
    }

    public Verdict verdict() {
        return verdict;
    }
}

package io.github.backendnotes.gate;

import io.github.backendnotes.run.RunRequest;

import java.util.function.Consumer;

/**
 * Says how far the per-note pass is every few seconds, so that a long run does not look stuck; a short run says
 * nothing.
 */
public final class ProgressLog implements RunRequest.Progress {

    static final long EVERY_NANOS = 5_000_000_000L;

    private final Consumer<String> log;
    /** When the pass began or progress was last said; the clock starts with the first note, not with the walk. */
    private long last;

    public ProgressLog(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void notes(int done, int total) {
        long now = System.nanoTime();
        if (done == 1) {
            last = now;
        } else if (done < total && now - last >= EVERY_NANOS) {
            last = now;
            log.accept("backend-notes: " + done + " of " + total + " notes checked");
        }
    }
}

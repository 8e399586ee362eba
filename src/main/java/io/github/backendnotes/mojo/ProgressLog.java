package io.github.backendnotes.mojo;

import io.github.backendnotes.run.RunRequest;
import org.apache.maven.plugin.logging.Log;

/** Says how far the per-note pass is every few seconds, so that a long run does not look stuck; a short run says nothing. */
final class ProgressLog implements RunRequest.Progress {

    static final long EVERY_NANOS = 5_000_000_000L;

    private final Log log;
    /** When the pass began or progress was last said; the clock starts with the first note, not with the walk. */
    private long last;

    ProgressLog(Log log) {
        this.log = log;
    }

    @Override
    public void notes(int done, int total) {
        long now = System.nanoTime();
        if (done == 1) {
            last = now;
        } else if (done < total && now - last >= EVERY_NANOS) {
            last = now;
            log.info("backend-notes: " + done + " of " + total + " notes checked");
        }
    }
}

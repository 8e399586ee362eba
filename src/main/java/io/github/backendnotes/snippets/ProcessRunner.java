package io.github.backendnotes.snippets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command in a folder with a time limit and a cap on what it may write: standard input is empty, standard
 * output and standard error are read as they come, and past the cap or the limit the process and its children are
 * killed, so that a program that loops or prints forever costs the limit and no more.
 */
final class ProcessRunner {

    private ProcessRunner() {
    }

    /**
     * What the command did.
     *
     * @param exitCode   its exit status; -1 when it was stopped or could not start
     * @param timedOut   it ran past the limit and was stopped
     * @param overflowed it wrote more than the cap to standard output and was stopped
     */
    record Result(int exitCode, String stdout, String stderr, boolean timedOut, boolean overflowed) {
    }

    static Result run(List<String> command, Path dir, Map<String, String> environment, long timeoutMillis, int cap)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        Capped out = new Capped(process.getInputStream(), cap, process);
        Capped err = new Capped(process.getErrorStream(), cap, process);
        Thread outReader = reader(out);
        Thread errReader = reader(err);
        boolean finished;
        try {
            finished = process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            kill(process);
        }
        try {
            outReader.join(2000);
            errReader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean stopped = !finished || out.overflowed();
        return new Result(stopped ? -1 : process.exitValue(), out.text(), err.text(), !finished && !out.overflowed(),
                out.overflowed());
    }

    private static Thread reader(Capped stream) {
        Thread thread = new Thread(stream, "snippet-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads a stream to its end, keeping the first {@code cap} bytes; past them, stops the process. */
    private static final class Capped implements Runnable {
        private final InputStream in;
        private final int cap;
        private final Process process;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private volatile boolean overflowed;

        Capped(InputStream in, int cap, Process process) {
            this.in = in;
            this.cap = cap;
            this.process = process;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    int room;
                    synchronized (this) {
                        room = cap - kept.size();
                        kept.write(buffer, 0, Math.min(room, n));
                    }
                    if (n > room) {
                        overflowed = true;
                        kill(process);
                        return;
                    }
                }
            } catch (IOException e) {
                // the process was killed while its output was read: what was kept is what it wrote
            }
        }

        boolean overflowed() {
            return overflowed;
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }
}

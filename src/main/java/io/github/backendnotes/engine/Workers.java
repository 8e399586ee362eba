package io.github.backendnotes.engine;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The workers of one run: a fixed pool of daemon threads, stopped when the run ends however it ends. */
final class Workers implements AutoCloseable {

    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private final ExecutorService pool;

    Workers(int threads) {
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            // a deep stack: a pathologically nested note is read rather than reported as too complex
            Thread thread = new Thread(null, runnable, "backend-notes-worker", STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    ExecutorService pool() {
        return pool;
    }

    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    /** The task's result; a task that failed is a defect of the plugin, not of the notes. */
    static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking notes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a check failed unexpectedly", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

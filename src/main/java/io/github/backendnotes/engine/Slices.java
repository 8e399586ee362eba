package io.github.backendnotes.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Work over the items of a list shared out among the workers in slices, its results gathered in the list's order.
 * Started and awaited apart, so that the caller can do other work meanwhile.
 */
final class Slices<R> {

    private final List<Future<List<R>>> slices = new ArrayList<>();

    private Slices() {
    }

    /** {@code work} must only read what other threads share. */
    static <T, R> Slices<R> start(List<T> items, int perTask, Function<T, R> work, ExecutorService workers) {
        Slices<R> started = new Slices<>();
        for (int start = 0; start < items.size(); start += perTask) {
            List<T> slice = items.subList(start, Math.min(items.size(), start + perTask));
            started.slices.add(workers.submit(() -> {
                List<R> results = new ArrayList<>(slice.size());
                slice.forEach(item -> results.add(work.apply(item)));
                return results;
            }));
        }
        return started;
    }

    /** The results, one an item, in the order of the items. */
    List<R> await() {
        List<R> all = new ArrayList<>();
        try {
            for (Future<List<R>> slice : slices) {
                all.addAll(slice.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workers", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a check failed unexpectedly", e.getCause());
        }
        return all;
    }
}

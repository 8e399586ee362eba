package io.github.backendnotes.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Patterns a rule builds from words it only knows at run time (a name the rubric lists, a chapter's number), each
 * compiled once and shared by the workers: a rule runs on every chapter, and compiling the same pattern for each
 * one cost more than matching it. The keys come from the rubrics and the notes, so the cache is small; past
 * {@link #MAX_ENTRIES} (a long-lived JVM checking many vaults) it starts over.
 *
 * @param <K> what a pattern is built from
 */
public final class CompiledPatterns<K> {

    static final int MAX_ENTRIES = 4096;

    private final Map<K, Pattern> compiled = new ConcurrentHashMap<>();
    private final Function<K, Pattern> compile;

    public CompiledPatterns(Function<K, Pattern> compile) {
        this.compile = compile;
    }

    /** The pattern built from {@code key}, compiled on first use. */
    public Pattern of(K key) {
        Pattern known = compiled.get(key);
        if (known != null) {
            return known;
        }
        if (compiled.size() >= MAX_ENTRIES) {
            compiled.clear();
        }
        return compiled.computeIfAbsent(key, compile);
    }

    int size() {
        return compiled.size();
    }
}

package io.github.backendnotes.engine;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.run.RunRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The time each per-note rule takes in a warmed-up JVM, for {@code bench/run.sh --rule-times}: every rule of the
 * catalogue wrapped in one that adds up its time, the engine run {@code warmup} times, then {@code rounds} times
 * measured. A figure for the benchmark, not a test: nothing asserts on it.
 */
public final class RuleTimes {

    private RuleTimes() {
    }

    /** Milliseconds per run, by rule id, the costliest first. */
    public static Map<String, Double> measure(Path vault, int threads, int warmup, int rounds) throws IOException {
        Map<String, LongAdder> nanos = new LinkedHashMap<>();
        List<NoteRule> timed = new ArrayList<>();
        for (NoteRule rule : RuleCatalog.noteRules()) {
            LongAdder spent = nanos.computeIfAbsent(rule.id(), id -> new LongAdder());
            timed.add(new NoteRule(rule.id(), rule.defaultSeverity(), rule.description()) {
                @Override
                public void check(Note note, NoteContext context, Findings out) {
                    long start = System.nanoTime();
                    try {
                        rule.check(note, context, out);
                    } finally {
                        spent.add(System.nanoTime() - start);
                    }
                }
            });
        }
        Engine engine = new Engine(timed, RuleCatalog.vaultRules(), SeverityPolicy.DEFAULTS,
                MapVault.MAX_READ_AHEAD_BYTES);
        RunRequest request = new RunRequest(vault, List.of(), threads);
        for (int i = 0; i < warmup; i++) {
            engine.run(request);
        }
        nanos.values().forEach(LongAdder::reset);
        for (int i = 0; i < rounds; i++) {
            engine.run(request);
        }
        Map<String, Double> perRun = new LinkedHashMap<>();
        nanos.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(entry -> perRun.put(entry.getKey(), entry.getValue().sum() / 1e6 / Math.max(1, rounds)));
        return perRun;
    }
}

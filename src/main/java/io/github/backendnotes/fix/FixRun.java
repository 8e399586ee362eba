package io.github.backendnotes.fix;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.run.RunResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code fix} goal's run: plan the edits the run's findings call for, write them, and check again, until a
 * check calls for none. A second pass is needed only where one fix makes another certain (a tag that is the value
 * of a field the first pass corrected); {@value #MAX_PASSES} passes bound it. A dry run plans the first pass only
 * and writes nothing.
 */
public final class FixRun {

    public static final int MAX_PASSES = 3;

    /** Checks the tree again, as the first run did. */
    @FunctionalInterface
    public interface Check<E extends Exception> {
        RunResult run() throws E;
    }

    /** What one pass changed: per file the edits, and how many findings of each rule they fix. */
    public record Pass(Map<String, List<String>> changes, Map<String, Integer> fixed) {
        public Pass {
            changes = Map.copyOf(changes);
            fixed = Map.copyOf(fixed);
        }
    }

    /**
     * @param last   the last check: after the edits, or the first one for a dry run
     * @param passes the passes that planned edits, in order
     * @param diff   the dry run's unified diff; empty otherwise
     */
    public record Outcome(RunResult last, List<Pass> passes, List<String> diff) {
        public Outcome {
            passes = List.copyOf(passes);
            diff = List.copyOf(diff);
        }

        /** How many findings of each rule the passes fixed. */
        public Map<String, Integer> fixed() {
            Map<String, Integer> total = new TreeMap<>();
            passes.forEach(pass -> pass.fixed().forEach((rule, count) -> total.merge(rule, count, Integer::sum)));
            return total;
        }

        /** The findings of the kinds fix handles that the last check still reports (not suppressed). */
        public List<Finding> remainingFixable() {
            return last.findings().stream()
                    .filter(f -> !f.suppressed() && FixPlan.FIXERS.containsKey(f.ruleId())).toList();
        }
    }

    private FixRun() {
    }

    public static <E extends Exception> Outcome run(RunResult first, Check<E> check, boolean dryRun)
            throws IOException, E {
        NoteParser parser = new NoteParser();
        RunResult result = first;
        List<Pass> passes = new ArrayList<>();
        List<String> diff = List.of();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            FixPlan plan = FixPlan.of(result, parser);
            if (plan.isEmpty()) {
                break;
            }
            passes.add(new Pass(plan.changes(), plan.fixed()));
            if (dryRun) {
                diff = plan.diff();
                break;
            }
            plan.write();
            result = check.run();
        }
        return new Outcome(result, passes, diff);
    }
}

package io.github.backendnotes.snippets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares what a program printed with what its output block expects: trailing spaces and blank lines at either end
 * are ignored, in both. An ellipsis {@code ...} in an expected line matches any text there ({@code (...)} for a
 * duration), and a line that is only {@code ...} matches any number of printed lines, as doctest's ellipsis does.
 * Gives the differences as lines a reader can act on, empty when the output matches.
 */
public final class OutputComparison {

    /** How many differing lines a finding lists; the rest are counted. */
    static final int MAX_LISTED = 5;

    private OutputComparison() {
    }

    /** The differences, each one line of text; empty when {@code stdout} is what {@code expected} asks for. */
    public static List<String> differences(ExpectedOutput expected, String stdout) {
        List<String> actual = lines(stdout);
        return switch (expected.mode()) {
            case VARIES -> List.of();
            case ORDERED -> expected.lines().stream().anyMatch(OutputComparison::isGap)
                    ? withGaps(expected.lines(), actual) : ordered(expected.lines(), actual);
            case UNORDERED -> unordered(expected.lines(), actual);
        };
    }

    static List<String> lines(String stdout) {
        List<String> lines = new ArrayList<>();
        for (String line : stdout.replace("\r\n", "\n").split("\n", -1)) {
            lines.add(ExpectedOutput.stripEnd(line));
        }
        return ExpectedOutput.trimBlankEnds(lines);
    }

    private static List<String> ordered(List<String> expected, List<String> actual) {
        List<String> differences = new ArrayList<>();
        int differing = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : null;
            String got = i < actual.size() ? actual.get(i) : null;
            if (want != null && got != null && matches(want, got)) {
                continue;
            }
            if (++differing <= MAX_LISTED) {
                differences.add("line " + (i + 1) + ": expected " + shown(want) + ", got " + shown(got));
            }
        }
        if (differing > MAX_LISTED) {
            differences.add("and " + (differing - MAX_LISTED) + " more differing lines");
        }
        if (!differences.isEmpty() && expected.size() != actual.size()) {
            differences.add(expected.size() + " lines expected, " + actual.size() + " printed");
        }
        return differences;
    }

    private static List<String> unordered(List<String> expected, List<String> actual) {
        Map<String, Integer> left = new HashMap<>();
        expected.forEach(line -> left.merge(line, 1, Integer::sum));
        List<String> unexpected = new ArrayList<>();
        for (String line : actual) {
            String key = left.keySet().stream().filter(want -> matches(want, line)).findFirst().orElse(null);
            Integer count = key == null ? null : left.get(key);
            if (count == null) {
                unexpected.add(line);
            } else if (count == 1) {
                left.remove(key);
            } else {
                left.put(key, count - 1);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String line : expected) {
            if (left.containsKey(line)) {
                missing.add(line);
                left.computeIfPresent(line, (k, c) -> c == 1 ? null : c - 1);
            }
        }
        List<String> differences = new ArrayList<>();
        missing.stream().limit(MAX_LISTED).forEach(line -> differences.add("expected, not printed: " + shown(line)));
        unexpected.stream().limit(MAX_LISTED).forEach(line -> differences.add("printed, not expected: " + shown(line)));
        return differences;
    }

    private static boolean isGap(String line) {
        return line.strip().equals("...");
    }

    /** Whether a printed line is what the expected line asks for, an ellipsis in it matching any text. */
    static boolean matches(String want, String got) {
        if (!want.contains("...")) {
            return want.equals(got);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : want.split("\\.\\.\\.", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(got).matches();
    }

    /**
     * The expected runs of lines between {@code ...} lines, each found in order in the output (the earliest place
     * after the previous one; the last run at the end unless a gap follows it).
     */
    private static List<String> withGaps(List<String> expected, List<String> actual) {
        List<List<String>> runs = new ArrayList<>();
        runs.add(new ArrayList<>());
        for (String line : expected) {
            if (isGap(line)) {
                runs.add(new ArrayList<>());
            } else {
                runs.get(runs.size() - 1).add(line);
            }
        }
        int position = 0;
        for (int r = 0; r < runs.size(); r++) {
            List<String> run = runs.get(r);
            boolean last = r == runs.size() - 1;
            int at = r == 0 ? (runAt(run, actual, 0) ? 0 : -1)
                    : last && !run.isEmpty() ? lastRunAt(run, actual, position) : firstRunAt(run, actual, position);
            if (at < 0) {
                String where = r == 0 ? "at the start of the output" : "after printed line " + position;
                String lines = run.size() == 1 ? shown(run.get(0))
                        : shown(run.get(0)) + " and the " + (run.size() - 1) + " lines after it";
                return List.of("expected " + lines + " " + where + ", as the block shows between its '...' lines;"
                        + " not printed so");
            }
            position = at + run.size();
        }
        return List.of();
    }

    private static int firstRunAt(List<String> run, List<String> actual, int from) {
        for (int at = from; at + run.size() <= actual.size(); at++) {
            if (runAt(run, actual, at)) {
                return at;
            }
        }
        return -1;
    }

    private static int lastRunAt(List<String> run, List<String> actual, int from) {
        int at = actual.size() - run.size();
        return at >= from && runAt(run, actual, at) ? at : -1;
    }

    private static boolean runAt(List<String> run, List<String> actual, int at) {
        if (at + run.size() > actual.size()) {
            return false;
        }
        for (int i = 0; i < run.size(); i++) {
            if (!matches(run.get(i), actual.get(at + i))) {
                return false;
            }
        }
        return true;
    }

    private static String shown(String line) {
        if (line == null) {
            return "nothing";
        }
        String cut = line.length() > 120 ? line.substring(0, 117) + "..." : line;
        return "'" + cut + "'";
    }
}

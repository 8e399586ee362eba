package io.github.backendnotes.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem found in the notes tree.
 *
 * @param ruleId   stable rule id, {@code category.name}
 * @param severity effective severity
 * @param file     path relative to the notes root, with {@code /}
 * @param line     1-based line, 0 when the finding concerns the whole file
 * @param column   1-based column, 0 when unknown
 * @param message  names the field, heading or path concerned and what was expected
 * @param series   name of the series the file belongs to, or {@code null}
 * @param suppressed true when a baseline or an inline comment suppresses it: it stays in every report, marked,
 *                   but counts apart and never fails the build
 * @param related    the other files the finding concerns, relative to the notes root (the chapter a README line
 *                   names, the target of a broken link's source); empty for a finding about its file alone
 */
public record Finding(String ruleId, Severity severity, String file, int line, int column,
                      String message, String series, boolean suppressed, List<String> related) {

    /** A line number in a message, left out of the fingerprint so that moving a finding keeps it; compiled once. */
    private static final Pattern LINE_NUMBER = Pattern.compile("(?i)\\b(line|lines) \\d+");

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        related = List.copyOf(related);
    }

    public Finding(String ruleId, Severity severity, String file, int line, int column, String message, String series) {
        this(ruleId, severity, file, line, column, message, series, false, List.of());
    }

    public Finding suppress() {
        return suppressed ? this : new Finding(ruleId, severity, file, line, column, message, series, true, related);
    }

    /**
     * Whether the finding concerns one of these files: its own, one of its related files, or a file below a related
     * folder (a matrix's {@code dir/} entry concerns every note in it).
     */
    public boolean concernsAny(java.util.Set<String> files) {
        if (files.contains(file)) {
            return true;
        }
        for (String other : related) {
            if (files.contains(other)) {
                return true;
            }
        }
        for (String other : related) {
            String folder = other + "/";
            for (String changed : files) {
                if (changed.startsWith(folder)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Identifies the finding across edits elsewhere in the file: rule, file and message, with line numbers the
     * message mentions taken out, so that moving text does not revive a baselined finding.
     */
    public String fingerprint() {
        return Fingerprints.sha256(ruleId + "\u0000" + file + "\u0000" + stableMessage(message));
    }

    /** The message with the line numbers it mentions replaced by {@code #}. */
    static String stableMessage(String message) {
        // most messages name no line: the pattern, tried at every position, is run only on those that may
        return mayNameALine(message) ? LINE_NUMBER.matcher(message).replaceAll("$1 #") : message;
    }

    /** Whether "line" occurs in the message in any case: wherever {@code LINE_NUMBER} matches, it does. */
    private static boolean mayNameALine(String message) {
        for (int at = 0; at + 4 <= message.length(); at++) {
            char c = message.charAt(at);
            if ((c == 'l' || c == 'L') && message.regionMatches(true, at + 1, "ine", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line with every position, {@code path:line:col: severity [rule.id] message}, as the JUnit report and the
     * tests write it; the console leaves out the positions that are 0 ({@code report.ConsoleReport.line}).
     */
    public String toConsoleLine() {
        return file + ":" + line + ":" + column + ": " + severity.label() + " [" + ruleId + "] " + message
                + (suppressed ? " (suppressed)" : "");
    }
}

package io.github.backendnotes.model;

import java.util.Comparator;
import java.util.Objects;

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
 */
public record Finding(String ruleId, Severity severity, String file, int line, int column,
                      String message, String series, boolean suppressed) {

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
    }

    public Finding(String ruleId, Severity severity, String file, int line, int column, String message, String series) {
        this(ruleId, severity, file, line, column, message, series, false);
    }

    public Finding suppress() {
        return suppressed ? this : new Finding(ruleId, severity, file, line, column, message, series, true);
    }

    /**
     * Identifies the finding across edits elsewhere in the file: rule, file and message, with line numbers the
     * message mentions taken out, so that moving text does not revive a baselined finding.
     */
    public String fingerprint() {
        String stableMessage = message.replaceAll("(?i)\\b(line|lines) \\d+", "$1 #");
        return Fingerprints.sha256(ruleId + "\u0000" + file + "\u0000" + stableMessage);
    }

    /** The compiler-style console line: {@code path:line:col: severity [rule.id] message}. */
    public String toConsoleLine() {
        return file + ":" + line + ":" + column + ": " + severity.label() + " [" + ruleId + "] " + message
                + (suppressed ? " (suppressed)" : "");
    }
}

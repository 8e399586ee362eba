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
 */
public record Finding(String ruleId, Severity severity, String file, int line, int column,
                      String message, String series) {

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

    /** The compiler-style console line: {@code path:line:col: severity [rule.id] message}. */
    public String toConsoleLine() {
        return file + ":" + line + ":" + column + ": " + severity.label() + " [" + ruleId + "] " + message;
    }
}

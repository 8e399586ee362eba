package io.github.backendnotes.check;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the findings of every kind of rule: per-file rules report on the file the collector is for, cross-file
 * rules name the file and the related files. The severity policy is applied here, in one place.
 */
public final class Findings {

    private final String file;
    private final String series;
    private final SeverityPolicy policy;
    private final List<Finding> findings = new ArrayList<>();

    /** A collector for the findings on one file (of {@code series}, or null outside every series). */
    public Findings(String file, String series, SeverityPolicy policy) {
        this.file = file;
        this.series = series;
        this.policy = policy;
    }

    /** A collector for findings on any file. */
    public Findings(SeverityPolicy policy) {
        this(null, null, policy);
    }

    /** A finding on the file this collector is for. */
    public void report(Rule rule, int line, int column, String message) {
        if (file == null) {
            throw new IllegalStateException("a collector for any file needs the finding's file");
        }
        report(rule, file, series, line, column, message, List.of());
    }

    /** A finding on {@code file} alone. */
    public void report(Rule rule, String file, String series, int line, int column, String message) {
        report(rule, file, series, line, column, message, List.of());
    }

    /** A finding on {@code file} that concerns the {@code related} files too (their paths from the notes root). */
    public void report(Rule rule, String file, String series, int line, int column, String message,
                       Collection<String> related) {
        policy.severityOf(rule).ifPresent(severity -> findings.add(new Finding(rule.id(), severity, file, line, column,
                message, series, false, related.stream().filter(other -> !other.equals(file)).distinct().toList())));
    }

    public List<Finding> findings() {
        return findings;
    }
}

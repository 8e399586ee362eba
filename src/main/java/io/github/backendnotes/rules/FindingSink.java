package io.github.backendnotes.rules;

import io.github.backendnotes.model.Finding;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings for one file; the severity policy is applied here, in one place. */
public final class FindingSink {

    private final String file;
    private final String series;
    private final SeverityPolicy policy;
    private final List<Finding> findings = new ArrayList<>();

    public FindingSink(String file, String series, SeverityPolicy policy) {
        this.file = file;
        this.series = series;
        this.policy = policy;
    }

    public void report(Rule rule, int line, int column, String message) {
        policy.severityOf(rule).ifPresent(severity ->
                findings.add(new Finding(rule.id(), severity, file, line, column, message, series)));
    }

    public List<Finding> findings() {
        return findings;
    }
}

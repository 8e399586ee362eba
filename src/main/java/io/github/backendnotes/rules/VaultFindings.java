package io.github.backendnotes.rules;

import io.github.backendnotes.model.Finding;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of the cross-file rules, for any file; the severity policy is applied here. */
public final class VaultFindings {

    private final SeverityPolicy policy;
    private final List<Finding> findings = new ArrayList<>();

    public VaultFindings(SeverityPolicy policy) {
        this.policy = policy;
    }

    public void report(Rule rule, String file, String series, int line, int column, String message) {
        policy.severityOf(rule).ifPresent(severity ->
                findings.add(new Finding(rule.id(), severity, file, line, column, message, series)));
    }

    public List<Finding> findings() {
        return findings;
    }
}

package io.github.backendnotes.rules;

import io.github.backendnotes.model.Severity;

import java.util.Map;
import java.util.Optional;

/**
 * The effective severity of each rule: its default, or an override; an override of {@code off}
 * (an empty optional) silences the rule.
 */
public final class SeverityPolicy {

    public static final SeverityPolicy DEFAULTS = new SeverityPolicy(Map.of());

    private final Map<String, Optional<Severity>> overrides;

    /** @param overrides by rule id; an empty optional turns the rule off */
    public SeverityPolicy(Map<String, Optional<Severity>> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public Optional<Severity> severityOf(Rule rule) {
        return overrides.getOrDefault(rule.id(), Optional.of(rule.defaultSeverity()));
    }
}

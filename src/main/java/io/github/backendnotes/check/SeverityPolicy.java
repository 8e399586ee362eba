package io.github.backendnotes.check;

import io.github.backendnotes.model.Rule;

import io.github.backendnotes.model.Severity;

import java.util.Map;
import java.util.Optional;

/**
 * The effective severity of each rule: its default, or an override by rule id, or else by its category (a rule id
 * wins over its category); an override of {@code off} (an empty optional) silences the rule.
 */
public final class SeverityPolicy {

    public static final SeverityPolicy DEFAULTS = new SeverityPolicy(Map.of());

    private final Map<String, Optional<Severity>> overrides;

    /** @param overrides by rule id or category; an empty optional turns the rule off */
    public SeverityPolicy(Map<String, Optional<Severity>> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** This policy with {@code more} overrides on top. */
    public SeverityPolicy overlay(Map<String, Optional<Severity>> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, Optional<Severity>> merged = new java.util.HashMap<>(overrides);
        merged.putAll(more);
        return new SeverityPolicy(merged);
    }

    public Optional<Severity> severityOf(Rule rule) {
        Optional<Severity> byId = overrides.get(rule.id());
        if (byId != null) {
            return byId;
        }
        return overrides.getOrDefault(rule.category().label(), Optional.of(rule.defaultSeverity()));
    }
}

package io.github.backendnotes.rules.config;

import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.Rule;

import java.util.List;

/** Problems with the run's configuration rather than with a note. */
public final class ConfigRules {

    /** A configuration rule only describes itself; the engine decides when it applies. */
    public static final class Descriptor extends Rule {
        Descriptor(String id, Severity severity, String description) {
            super(id, severity, description);
        }
    }

    public static final Rule DICTIONARY_MISSING = new Descriptor("config.dictionary-missing", Severity.ERROR,
            "The property dictionary the configuration names exists.");

    public static final List<Rule> DESCRIPTORS = List.of(DICTIONARY_MISSING);

    private ConfigRules() {
    }
}

package io.github.backendnotes.config;

import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.DescribedRule;
import io.github.backendnotes.model.Rule;

import java.util.List;

/** Problems with the run's configuration rather than with a note. */
public final class ConfigRules {


    public static final Rule DICTIONARY_MISSING = new DescribedRule("config.dictionary-missing", Severity.ERROR,
            "The property dictionary the configuration names exists.");

    public static final Rule SYNTAX = new DescribedRule("config.syntax", Severity.ERROR,
            "The configuration file is valid YAML.");
    public static final Rule UNKNOWN_KEY = new DescribedRule("config.unknown-key", Severity.ERROR,
            "Every key of the configuration file is a known one.");
    public static final Rule UNKNOWN_RULE = new DescribedRule("config.unknown-rule", Severity.ERROR,
            "Every rule id or category the configuration names exists.");
    public static final Rule INVALID_VALUE = new DescribedRule("config.invalid-value", Severity.ERROR,
            "Every value of the configuration file has the expected form.");

    public static final List<Rule> DESCRIPTORS = List.of(DICTIONARY_MISSING, SYNTAX, UNKNOWN_KEY, UNKNOWN_RULE,
            INVALID_VALUE);


    private ConfigRules() {
    }
}

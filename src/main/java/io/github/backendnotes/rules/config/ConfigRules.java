package io.github.backendnotes.rules.config;

import io.github.backendnotes.model.Severity;
import io.github.backendnotes.parse.ConfigParser;
import io.github.backendnotes.rules.DescribedRule;
import io.github.backendnotes.rules.Rule;

import java.util.List;

/** Problems with the run's configuration rather than with a note. */
public final class ConfigRules {


    public static final Rule DICTIONARY_MISSING = new DescribedRule("config.dictionary-missing", Severity.ERROR,
            "The property dictionary the configuration names exists.");

    public static final Rule SYNTAX = new DescribedRule(ConfigParser.SYNTAX_RULE, Severity.ERROR,
            "The configuration file is valid YAML.");
    public static final Rule UNKNOWN_KEY = new DescribedRule(ConfigParser.UNKNOWN_KEY_RULE, Severity.ERROR,
            "Every key of the configuration file is a known one.");
    public static final Rule UNKNOWN_RULE = new DescribedRule(ConfigParser.UNKNOWN_RULE_RULE, Severity.ERROR,
            "Every rule id or category the configuration names exists.");
    public static final Rule INVALID_VALUE = new DescribedRule(ConfigParser.INVALID_VALUE_RULE, Severity.ERROR,
            "Every value of the configuration file has the expected form.");
    public static final Rule CONFIG_MISSING = new DescribedRule("config.file-missing", Severity.ERROR,
            "The configuration file the build names exists.");

    public static final Rule BASELINE_UNUSABLE = new DescribedRule("config.baseline-unusable", Severity.ERROR,
            "The baseline the build names exists and is a baseline file.");

    public static final List<Rule> DESCRIPTORS = List.of(DICTIONARY_MISSING, SYNTAX, UNKNOWN_KEY, UNKNOWN_RULE,
            INVALID_VALUE, CONFIG_MISSING, BASELINE_UNUSABLE);

    private static final java.util.Map<String, Rule> BY_ID = DESCRIPTORS.stream()
            .collect(java.util.stream.Collectors.toMap(Rule::id, r -> r));

    /** The rule a configuration problem is reported under. */
    public static Rule byId(String id) {
        return BY_ID.get(id);
    }

    private ConfigRules() {
    }
}

package io.github.backendnotes.model;

/**
 * A rule that only describes itself: the parser, the walk or the engine decides when it applies (a file that is
 * not UTF-8, a configuration key that does not exist) and reports it through a sink.
 */
public final class DescribedRule extends Rule {

    public DescribedRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }
}

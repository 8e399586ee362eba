package io.github.backendnotes.parse;

import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.DescribedRule;
import io.github.backendnotes.model.Rule;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules whose findings come from reading a note: the parser and the reader report them directly. */
public final class ParseRules {


    public static final Rule ENCODING = new DescribedRule("parse.encoding", Severity.ERROR,
            "A note must be valid UTF-8 (a BOM is accepted).");
    public static final Rule EMPTY_FILE = new DescribedRule("parse.empty-file", Severity.WARNING,
            "A note must not be empty.");
    public static final Rule FRONT_MATTER_UNCLOSED = new DescribedRule("parse.front-matter-unclosed", Severity.ERROR,
            "A front-matter block opened by '---' must be closed by '---'.");
    public static final Rule FRONT_MATTER_SYNTAX = new DescribedRule("parse.front-matter", Severity.ERROR,
            "Front matter must be valid YAML and a mapping of keys to values.");
    public static final Rule DUPLICATE_KEY = new DescribedRule("frontmatter.duplicate-key", Severity.ERROR,
            "A front-matter key must appear only once.");
    public static final Rule UNREADABLE = new DescribedRule("parse.unreadable", Severity.ERROR,
            "A note must be readable from disk.");

    public static final Rule BINARY = new DescribedRule("parse.binary", Severity.ERROR,
            "A note is text: a .md file with NUL bytes is not read.");
    public static final Rule TOO_LARGE = new DescribedRule("parse.too-large", Severity.WARNING,
            "A note is not larger than backend-notes.maxFileSize; a larger one is skipped.");
    public static final Rule TOO_COMPLEX = new DescribedRule("parse.too-complex", Severity.ERROR,
            "A note does not nest so deeply that it cannot be read.");
    public static final Rule SYMLINK = new DescribedRule("parse.symlink", Severity.WARNING,
            "Symbolic links are not followed; each one is reported.");
    public static final Rule INTERNAL_ERROR = new DescribedRule("parse.internal-error", Severity.ERROR,
            "The plugin did not fail on the note.");

    public static final List<Rule> DESCRIPTORS = List.of(ENCODING, EMPTY_FILE, FRONT_MATTER_UNCLOSED,
            FRONT_MATTER_SYNTAX, DUPLICATE_KEY, UNREADABLE, BINARY, TOO_LARGE, TOO_COMPLEX, SYMLINK, INTERNAL_ERROR);

    private static final Map<String, Rule> BY_ID =
            DESCRIPTORS.stream().collect(Collectors.toMap(Rule::id, Function.identity()));

    private ParseRules() {
    }

    /** The rule of this id, for problems read back from the note cache. */
    public static Rule byId(String id) {
        Rule rule = BY_ID.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("not a parse rule: " + id);
        }
        return rule;
    }
}

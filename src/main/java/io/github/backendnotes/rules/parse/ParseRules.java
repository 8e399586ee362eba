package io.github.backendnotes.rules.parse;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.ParseProblem;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.parse.FrontMatterParser;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.rules.FindingSink;
import io.github.backendnotes.rules.DescribedRule;
import io.github.backendnotes.rules.Rule;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules whose findings come from the parser: each problem the parser met in a file is reported
 * under the rule its id names.
 */
public final class ParseRules {


    public static final Rule ENCODING = new DescribedRule(NoteParser.ENCODING_RULE, Severity.ERROR,
            "A note must be valid UTF-8 (a BOM is accepted).");
    public static final Rule EMPTY_FILE = new DescribedRule(NoteParser.EMPTY_RULE, Severity.WARNING,
            "A note must not be empty.");
    public static final Rule FRONT_MATTER_UNCLOSED = new DescribedRule(NoteParser.UNCLOSED_RULE, Severity.ERROR,
            "A front-matter block opened by '---' must be closed by '---'.");
    public static final Rule FRONT_MATTER_SYNTAX = new DescribedRule(FrontMatterParser.SYNTAX_RULE, Severity.ERROR,
            "Front matter must be valid YAML and a mapping of keys to values.");
    public static final Rule DUPLICATE_KEY = new DescribedRule(FrontMatterParser.DUPLICATE_KEY_RULE, Severity.ERROR,
            "A front-matter key must appear only once.");
    public static final Rule UNREADABLE = new DescribedRule("parse.unreadable", Severity.ERROR,
            "A note must be readable from disk.");

    public static final Rule BINARY = new DescribedRule(NoteParser.BINARY_RULE, Severity.ERROR,
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

    /** Reports each problem the parser met in {@code note}. */
    public static void report(Note note, FindingSink out) {
        for (ParseProblem problem : note.problems()) {
            Rule rule = BY_ID.get(problem.ruleId());
            if (rule == null) {
                throw new IllegalStateException("parser reported an undeclared rule: " + problem.ruleId());
            }
            out.report(rule, problem.line(), problem.column(), problem.message());
        }
    }
}

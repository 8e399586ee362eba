package io.github.backendnotes.parse;

import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The clauses of a rubric line, and the clause form that reads one. */
public final class Clauses {

    /** Clauses end at these marks, outside backticks and parentheses. */
    private static final String CLAUSE_ENDS = "，；;。";
    /** A clause opening with these illustrates the one before it ("使用相對路徑連結，如 `[A](a.md)`"), as a parenthesis does. */
    private static final Pattern ILLUSTRATION = Pattern.compile(
            "^(?:如|例如|比如|譬如|e\\.g\\.|for example|such as)(?:[\\s：:,，]|$)", Pattern.CASE_INSENSITIVE);

    private Clauses() {
    }

    /** Reads one clause of a rubric line as a section check: the first clause form that reads it. */
    public static Optional<Check> read(List<ClauseForm> forms, String clause) {
        String text = withoutParenthesis(clause).trim();
        for (ClauseForm form : forms) {
            if (!form.readsWholeLine()) {
                Optional<Check> check = form.read(text);
                if (check.isPresent()) {
                    return check;
                }
            }
        }
        return Optional.empty();
    }

    /** Splits at clause marks that are outside backticks and parentheses. */
    static List<String> split(String text) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean code = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code && (c == '（' || c == '(')) {
                depth++;
            } else if (!code && (c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            if (!code && depth == 0 && CLAUSE_ENDS.indexOf(c) >= 0) {
                addClause(clauses, current);
            } else {
                current.append(c);
            }
        }
        addClause(clauses, current);
        return clauses;
    }

    private static void addClause(List<String> clauses, StringBuilder current) {
        String clause = current.toString().trim();
        if (!clause.isEmpty() && !clauses.isEmpty() && ILLUSTRATION.matcher(clause).find()) {
            int last = clauses.size() - 1;
            clauses.set(last, clauses.get(last) + "，" + clause);
        } else if (!clause.isEmpty()) {
            clauses.add(clause);
        }
        current.setLength(0);
    }

    /** Drops a parenthesised illustration ("（如：…）") outside backticks. */
    static String withoutParenthesis(String clause) {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        int depth = 0;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == '`') {
                code = !code;
            }
            if (!code && (c == '（' || c == '(')) {
                depth++;
            } else if (!code && (c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class CodeShapeRule extends SectionRule<CodeShapeRule.CodeContains> {

    private static final Pattern CODE_CONTAINS =
            Pattern.compile("^(?:需|須|必須)?(?:含|包含)\\s*(`[^`]+`(?:\\s*[、,，和與及]\\s*`[^`]+`)*)\\s*$");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /** Reads "含 `package main`、`import`、`func main()`": nothing but backticked tokens after 含. */
    public static final ClauseForm FORM = CodeShapeRule::read;

    /** The section's code contains each token. */
    public record CodeContains(List<String> tokens) implements Check {
        public CodeContains {
            tokens = List.copyOf(tokens);
        }
    }

    public CodeShapeRule() {
        super("section.code-shape", Severity.ERROR,
                "A section's code contains what its rubric line names (\"含 `package main`、`import`、`func main()`\").",
                CodeContains.class);
    }

    @Override
    String problem(SectionView section, CodeContains check) {
        if (section.codeBlocks().isEmpty()) {
            return "has no code block";
        }
        List<String> missing = check.tokens().stream()
                .filter(token -> section.codeBlocks().stream().noneMatch(code -> code.literal().contains(token)))
                .map(token -> "'" + token + "'").toList();
        return missing.isEmpty() ? null : "has no code containing " + String.join(", ", missing);
    }

    static Optional<Check> read(String clause) {
        Matcher m = CODE_CONTAINS.matcher(clause);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>();
        Matcher token = BACKTICKED.matcher(m.group(1));
        while (token.find()) {
            tokens.add(token.group(1));
        }
        return Optional.of(new CodeContains(tokens));
    }
}

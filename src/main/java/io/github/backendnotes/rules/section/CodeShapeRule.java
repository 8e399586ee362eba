package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.SectionRequirement.CodeContains;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.List;

public final class CodeShapeRule extends SectionRule<CodeContains> {

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
}

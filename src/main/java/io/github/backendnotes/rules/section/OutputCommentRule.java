package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.Optional;
import java.util.regex.Pattern;

public final class OutputCommentRule extends SectionRule<OutputCommentRule.OutputComment> {

    /** Reads a line naming "// Output" or 預期輸出 anywhere, in a parenthesis too ("預期輸出（`// Output:` 區塊）"). */
    public static final ClauseForm FORM = ClauseForm.wholeLine(text -> text.contains("// Output") || text.contains("預期輸出")
            ? Optional.of(new OutputComment()) : Optional.empty());

    /** A code block ends with an expected-output comment block. */
    public record OutputComment() implements Check {
    }

    private static final Pattern OUTPUT_LINE = Pattern.compile("^\\s*(?://|#|--)\\s*(?:Expected\\s+)?Output\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** What may follow the output block: more comments, or the braces closing {@code main}. */
    private static final Pattern TRAILER_LINE = Pattern.compile("^\\s*(?:(?://|#|--).*|[})\\];,]+\\s*)$");

    public OutputCommentRule() {
        super("section.output-comment", Severity.ERROR,
                "A section whose rubric asks for a `// Output:` block has code ending with an expected-output comment block.",
                OutputComment.class);
    }

    @Override
    String problem(SectionView section, OutputComment check) {
        if (section.codeBlocks().isEmpty()) {
            return "has no code block";
        }
        return section.codeBlocks().stream().anyMatch(OutputCommentRule::endsWithOutput)
                ? null : "has no code block ending with an '// Output:' comment block";
    }

    /** After the last "// Output:" line, only comments, closing braces or blank lines follow. */
    static boolean endsWithOutput(Block.CodeBlock code) {
        String[] lines = code.literal().split("\n");
        int output = -1;
        for (int i = 0; i < lines.length; i++) {
            if (OUTPUT_LINE.matcher(lines[i]).matches()) {
                output = i;
            }
        }
        if (output < 0) {
            return false;
        }
        for (int i = output + 1; i < lines.length; i++) {
            if (!lines[i].isBlank() && !TRAILER_LINE.matcher(lines[i]).matches()) {
                return false;
            }
        }
        return true;
    }
}

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

    /**
     * After the last "// Output:" line, only comments, closing braces or blank lines follow. Read from the block's
     * end, line by line, up to the first line that is neither: a chapter of real notes has hundreds of code blocks,
     * and reading each whole (splitting it into lines, or searching it for "output") cost more than the rest of the
     * section rules together.
     */
    static boolean endsWithOutput(Block.CodeBlock code) {
        String literal = code.literal();
        int end = literal.length();
        while (end >= 0) {
            int start = literal.lastIndexOf('\n', end - 1) + 1;
            String line = literal.substring(start, end);
            if (OUTPUT_LINE.matcher(line).matches()) {
                return true;
            }
            if (!line.isBlank() && !TRAILER_LINE.matcher(line).matches()) {
                return false;
            }
            end = start - 1;
        }
        return false;
    }
}

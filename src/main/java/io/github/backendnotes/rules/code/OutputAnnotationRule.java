package io.github.backendnotes.rules.code;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;

import java.util.Optional;
import java.util.regex.Pattern;

public final class OutputAnnotationRule extends CodeStandardRule<OutputAnnotationRule.OutputAnnotation> {

    private static final Pattern REQUIRED = Pattern.compile(
            "(?:each|every)\\s+code\\s+block\\s+(?:is\\s+)?annotated\\s+with\\s+(?:its\\s+)?expected\\s+output"
                    + "|每(?:段|個|个)?(?:程式碼|代碼|代码|code block)[^，。]*(?:標注|標註|附上?)[^，。]*預期輸出",
            Pattern.CASE_INSENSITIVE);
    /** The entry point of a program: what makes a block runnable, and so have an output to show. */
    private static final Pattern ENTRY_POINT = Pattern.compile(
            "\\bfn\\s+main\\s*\\(|\\bfunc\\s+main\\s*\\(|\\bstatic\\s+void\\s+main\\s*\\(|\\bfun\\s+main\\s*\\(|\\bint\\s+main\\s*\\(");
    private static final Pattern OUTPUT_LINE = Pattern.compile("^\\s*(?://|#|--|/\\*)\\s*(?:Expected\\s+)?Output\\b",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /** Reads "Each code block annotated with expected output" and "每段程式碼需標注預期輸出" from a code standards line. */
    public static final ClauseForm FORM = ClauseForm.wholeLine(text -> REQUIRED.matcher(text).find()
            ? Optional.of(new OutputAnnotation()) : Optional.empty());

    /** Every program of the chapter shows its expected output in a comment. */
    public record OutputAnnotation() implements SectionRequirement.CodeCheck {
    }

    public OutputAnnotationRule() {
        super("code.output-annotation", Severity.ERROR,
                "Where the code standards ask every code block to be annotated with its expected output, every block "
                        + "that is a program (it has an entry point: fn main, func main, static void main, fun main, "
                        + "int main) has an \"// Output:\" (or \"# Output:\", \"Expected output\") comment. A fragment "
                        + "that cannot run has no output to show and is not asked for one.", OutputAnnotation.class);
    }

    @Override
    String problem(Block.CodeBlock code, String language, OutputAnnotation check) {
        if (!ENTRY_POINT.matcher(code.literal()).find() || OUTPUT_LINE.matcher(code.literal()).find()) {
            return null;
        }
        return (language.isEmpty() ? "a" : language) + " program has no expected-output comment (\"// Output:\")";
    }
}

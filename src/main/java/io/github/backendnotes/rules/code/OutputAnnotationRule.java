package io.github.backendnotes.rules.code;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class OutputAnnotationRule extends CodeStandardRule<OutputAnnotationRule.OutputAnnotation> {

    private static final Pattern REQUIRED = Pattern.compile(
            "(?:each|every)\\s+code\\s+block\\s+(?:is\\s+)?annotated\\s+with\\s+(?:its\\s+)?expected\\s+output"
                    + "|每(?:段|個|个)?(?:程式碼|代碼|代码|code block)[^，。]*(?:標注|標註|附上?)[^，。]*預期輸出",
            Pattern.CASE_INSENSITIVE);
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
        // an entry point is what makes a block runnable, and so have an output to show
        if (!EntryPoints.has(code.literal()) || hasOutputLine(code.literal())) {
            return null;
        }
        return (language.isEmpty() ? "a" : language) + " program has no expected-output comment (\"// Output:\")";
    }

    /**
     * Whether a line is an output comment: {@code OUTPUT_LINE} tried only at the starts of lines whose first
     * non-blank character can open a comment, instead of at every position of the block. The lines are tried from
     * the last one up: a program's output comment mostly closes it, so the scan mostly ends at once.
     */
    static boolean hasOutputLine(String literal) {
        Matcher line = OUTPUT_LINE.matcher(literal);
        int length = literal.length();
        // the start of the line tried before this one, further down
        int below = length + 1;
        for (int from = length - 1; ; ) {
            int newline = from < 0 ? -1 : literal.lastIndexOf('\n', from);
            int start = newline + 1;
            int first = start;
            while (first < below && first < length && EntryPoints.isSpace(literal.charAt(first))) {
                first++;
            }
            // reaching the line below through blank lines, the pattern sees what it saw there: nothing to try
            if (first < below && first < length && "/#-".indexOf(literal.charAt(first)) >= 0
                    && line.region(start, length).lookingAt()) {
                return true;
            }
            if (newline < 0) {
                break;
            }
            below = start;
            from = newline - 1;
        }
        // a line end other than \n starts lines the scan by \n did not try
        return hasRareLineTerminator(literal) && line.reset().find();
    }

    /** A line end other than {@code \n} that {@code ^} in multiline mode also sees: the scan goes by {@code \n} only. */
    private static boolean hasRareLineTerminator(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0
                || text.indexOf('\u2029') >= 0;
    }
}

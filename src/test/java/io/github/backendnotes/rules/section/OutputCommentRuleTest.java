package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputCommentRuleTest {

    private static boolean ends(String literal) {
        return OutputCommentRule.endsWithOutput(new Block.CodeBlock("go", literal, true, 1));
    }

    @Test
    void anOutputBlockMayBeFollowedByCommentsBracesAndBlankLines() {
        assertTrue(ends("fmt.Println(1)\n// Output:\n// 1\n}\n\n"));
        assertTrue(ends("print(1)\n# expected   OUTPUT: 1\n"));
        assertTrue(ends("SELECT 1;\n-- Output\n-- 1\n);\n"));
        assertTrue(ends("// Output:"));
    }

    @Test
    void codeAfterTheLastOutputLineOrNoOutputLineFails() {
        assertFalse(ends("// Output: 1\nfmt.Println(2)\n"));
        assertFalse(ends("fmt.Println(1)\n"));
        assertFalse(ends(""));
        assertFalse(ends("// Outputs: 1\n"));
        assertFalse(ends("// Output: 1\r\n"), "a carriage return is not matched by the pattern's '.'");
        assertFalse(ends("// Оutput: 1\n"), "a Cyrillic O is not an O");
    }

    @Test
    void anOutputLineBeforeTheLastOneDoesNotCountWhenCodeFollowsTheLast() {
        assertTrue(ends("// Output: 1\ncode()\n// Output: 2\n"));
        assertFalse(ends("// Output: 1\n// Output: 2\ncode()\n"));
    }

    /** The reading from the block's end agrees with the first reading: every line split out, the last output found. */
    @Test
    void agreesWithSplittingEveryLine() {
        String[] parts = {"// Output:", "# Output 3", "-- expected output", "output", "}", "]);", "code()", "  ", "",
                "// note", "\r", "OUTPUT", "x // Output", "\t// output\t"};
        Random random = new Random(19);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(6);
            for (int i = 0; i < lines; i++) {
                text.append(parts[random.nextInt(parts.length)]).append(random.nextInt(4) == 0 ? "" : "\n");
            }
            assertEquals(bySplitting(text.toString()), ends(text.toString()), () -> "on " + List.of(text));
        }
    }

    private static final Pattern OUTPUT_LINE = Pattern.compile("^\\s*(?://|#|--)\\s*(?:Expected\\s+)?Output\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER_LINE = Pattern.compile("^\\s*(?:(?://|#|--).*|[})\\];,]+\\s*)$");

    private static boolean bySplitting(String literal) {
        String[] lines = literal.split("\n");
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

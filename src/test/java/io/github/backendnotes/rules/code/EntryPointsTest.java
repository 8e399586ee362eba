package io.github.backendnotes.rules.code;

import io.github.backendnotes.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntryPointsTest {

    /** The reading the scan replaced, kept here as its oracle. */
    private static final Pattern FORMER = Pattern.compile(
            "\\bfn\\s+main\\s*\\(|\\bfunc\\s+main\\s*\\(|\\bstatic\\s+void\\s+main\\s*\\(|\\bfun\\s+main\\s*\\(|\\bint\\s+main\\s*\\(");

    @Test
    void findsEachLanguagesEntryPoint() {
        assertTrue(EntryPoints.has("fn main() {}"));
        assertTrue(EntryPoints.has("package main\n\nfunc main() {\n}"));
        assertTrue(EntryPoints.has("public static void main(String[] args)"));
        assertTrue(EntryPoints.has("fun main(args: Array<String>)"));
        assertTrue(EntryPoints.has("int main (void)"));
        assertTrue(EntryPoints.has("async fn\n  main\t(\n)"));
    }

    @Test
    void ignoresLookAlikes() {
        assertFalse(EntryPoints.has("package main"));
        assertFalse(EntryPoints.has("fn mainloop()"));
        assertFalse(EntryPoints.has("uint main()"));
        assertFalse(EntryPoints.has("defn main()"));
        assertFalse(EntryPoints.has("fnmain()"));
        assertFalse(EntryPoints.has("static  main()"));
        assertFalse(EntryPoints.has("xstatic void main()"));
        assertFalse(EntryPoints.has("中fn main()"));
        assertFalse(EntryPoints.has("void main()"));
        assertFalse(EntryPoints.has(""));
    }

    @Test
    void outputLinesReadAsThePatternAnywhere() {
        Pattern anywhere = Pattern.compile("^\\s*(?://|#|--|/\\*)\\s*(?:Expected\\s+)?Output\\b",
                Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
        String[] tokens = {"// ", "#", "--", "/*", "/", "-", "Output", "output:", "OUTPUT", "Expected ", "expected\n",
            " ", "\t", "\n", "\n\n", "x", "中", "\r\n", "\u2028", "Outputs", "fn main() {}"};
        for (String text : RandomTexts.of(20, 50_000, 12, tokens)) {
            assertEquals(anywhere.matcher(text).find(), OutputAnnotationRule.hasOutputLine(text), () -> "on '" + text + "'");
        }
        assertTrue(OutputAnnotationRule.hasOutputLine("fn main() {\n    println!(\"1\");\n}\n\n  // Output:\n  // 1\n"));
        assertFalse(OutputAnnotationRule.hasOutputLine("fn main() {\n    println!(\"output\"); // output\n}\n"));
    }

    @Test
    void readsAsTheFormerPatternOnRandomCode() {
        String[] tokens = {"main", "fn", "func", "fun", "int", "static", "void", " ", "  ", "\t", "\n", "(", ")", "x",
            "_", "中", "1", "u", "ma", "in", "é"};
        for (String text : RandomTexts.of(19, 50_000, 14, tokens)) {
            assertEquals(FORMER.matcher(text).find(), EntryPoints.has(text), () -> "on '" + text + "'");
        }
    }
}

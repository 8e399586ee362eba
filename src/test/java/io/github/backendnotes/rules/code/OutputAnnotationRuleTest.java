package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Each code block annotated with expected output": every program shows its output; fragments are not asked. */
class OutputAnnotationRuleTest {

    private static final ChapterContext CHAPTER = chapterOf("""
            ## Code Snippet Standards

            - Each code block annotated with expected output
            """);

    @Test
    void theLineIsEnforced() {
        assertEquals(List.of(), CHAPTER.rubric().notChecked());
        assertEquals(1, CHAPTER.rubric().code().checks().size());
    }

    @Test
    void aProgramWithoutAnOutputCommentIsReported() {
        assertEquals(List.of(new Finding("code.output-annotation", Severity.ERROR, "s/01_a.md", 3, 1,
                "go program has no expected-output comment (\"// Output:\"); rubric: Each code block annotated with "
                        + "expected output", "s")),
                runOn(new OutputAnnotationRule(), "# A\n\n```go\npackage main\n\nfunc main() {\n\tprintln(1)\n}\n```\n", CHAPTER));
    }

    @Test
    void aProgramWithItsOutputAndAFragmentAreFine() {
        assertEquals(List.of(), runOn(new OutputAnnotationRule(), "# A\n\n```rust\nfn main() {\n    println!(\"1\");\n}\n"
                + "// Output:\n// 1\n```\n\n```rust\nstruct Point { x: i32 }\n```\n", CHAPTER));
    }
}

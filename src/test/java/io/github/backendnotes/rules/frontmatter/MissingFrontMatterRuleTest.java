package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.chapter;
import static io.github.backendnotes.TestVaults.field;
import static io.github.backendnotes.TestVaults.note;
import static io.github.backendnotes.TestVaults.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MissingFrontMatterRuleTest {

    private static final ChapterContext CHAPTER = chapter(field("type", FieldType.STRING, ""),
            field("status", FieldType.STRING, ""));

    @Test
    void chapterWithoutFrontMatter() {
        assertEquals(List.of(new Finding("frontmatter.missing", Severity.ERROR, "s/01_a.md", 1, 1,
                        "chapter has no front matter; its rubric requires 2 fields (type, status)", "s")),
                run(new MissingFrontMatterRule(), note("s/01_a.md", "# Just a heading\n"), CHAPTER));
    }

    @Test
    void quietWithFrontMatterWithParseProblemsOrWithoutTable() {
        assertEquals(List.of(), run(new MissingFrontMatterRule(), note("s/01_a.md", "---\ntype: x\n---\n"), CHAPTER));
        assertEquals(List.of(), run(new MissingFrontMatterRule(), note("s/01_a.md", "---\ntype: x\n"), CHAPTER));
        assertEquals(List.of(), run(new MissingFrontMatterRule(), note("s/01_a.md", "# H\n"), chapter()));
    }
}

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

class RequiredFieldRuleTest {

    private static final ChapterContext CHAPTER = chapter(
            field("title", FieldType.STRING, ""),
            field("status", FieldType.STRING, "`active` / `draft`"),
            field("tags", FieldType.LIST, ""));

    private static Finding error(int line, int column, String message) {
        return new Finding("frontmatter.required-field", Severity.ERROR, "s/01_a.md", line, column, message, "s");
    }

    @Test
    void allPresentPasses() {
        assertEquals(List.of(), run(new RequiredFieldRule(),
                note("s/01_a.md", "---\ntitle: T\nstatus: draft\ntags: [a]\n---\n"), CHAPTER));
    }

    @Test
    void missingFieldsAtOpeningFenceEmptyAtTheirKey() {
        List<Finding> findings = run(new RequiredFieldRule(),
                note("s/01_a.md", "---\ntitle: \"\"\ntags: []\n---\n"), CHAPTER);
        assertEquals(List.of(
                error(2, 1, "field 'title' is empty (rubric: a string)"),
                error(1, 1, "field 'status' is missing (rubric: `active` / `draft`)"),
                error(3, 1, "field 'tags' is empty (rubric: a list)")), findings);
    }

    @Test
    void quietWhenFrontMatterUnreadableOrNotAChapter() {
        assertEquals(List.of(), run(new RequiredFieldRule(), note("s/01_a.md", "---\ntitle: A: B\n---\n"), CHAPTER));
        assertEquals(List.of(), run(new RequiredFieldRule(), note("s/01_a.md", "---\ntitle: T\n---\n"), null));
    }
}

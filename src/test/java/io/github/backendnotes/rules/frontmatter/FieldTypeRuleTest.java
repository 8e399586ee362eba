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

class FieldTypeRuleTest {

    private static final ChapterContext CHAPTER = chapter(
            field("chapter", FieldType.STRING, ""),
            field("tags", FieldType.LIST, ""),
            field("created", FieldType.DATE, ""),
            field("review_interval_days", FieldType.INT, ""));

    private static List<Finding> check(String frontMatter) {
        return run(new FieldTypeRule(), note("s/01_a.md", "---\n" + frontMatter + "---\n# A\n"), CHAPTER);
    }

    private static Finding error(int line, int column, String message) {
        return new Finding("frontmatter.field-type", Severity.ERROR, "s/01_a.md", line, column, message, "s");
    }

    @Test
    void correctTypesPass() {
        assertEquals(List.of(), check("""
                chapter: "01"
                tags: [backend, go]
                created: 2026-02-28
                review_interval_days: 14
                """));
        assertEquals(List.of(), check("created: \"2024-02-29\"\n"), "a quoted real date is a date");
    }

    @Test
    void plainNumberForStringSuggestsQuoting() {
        assertEquals(List.of(error(2, 10, "field 'chapter' must be a string, found integer '01' (quote it: \"01\")")),
                check("chapter: 01\n"));
    }

    @Test
    void scalarForList() {
        assertEquals(List.of(error(2, 7, "field 'tags' must be a list, found string 'backend'")),
                check("tags: backend\n"));
    }

    @Test
    void impossibleDateIsNotACalendarDate() {
        assertEquals(List.of(error(2, 10, "field 'created' is '2026-02-30', which is not a calendar date")),
                check("created: 2026-02-30\n"));
    }

    @Test
    void wordForDate() {
        assertEquals(List.of(error(2, 10, "field 'created' must be a date YYYY-MM-DD, found string 'yesterday'")),
                check("created: yesterday\n"));
    }

    @Test
    void quotedNumberForInt() {
        assertEquals(List.of(error(2, 23, "field 'review_interval_days' must be an integer, found string '14'")),
                check("review_interval_days: \"14\"\n"));
    }

    @Test
    void emptyAndMissingFieldsAreLeftToRequiredField() {
        assertEquals(List.of(), check("chapter:\ntags: []\n"));
    }

    @Test
    void unknownTypeAcceptsAnything() {
        ChapterContext chapter = chapter(field("weird", null, "something"));
        assertEquals(List.of(), run(new FieldTypeRule(), note("s/01_a.md", "---\nweird: [1, 2]\n---\n"), chapter));
    }
}

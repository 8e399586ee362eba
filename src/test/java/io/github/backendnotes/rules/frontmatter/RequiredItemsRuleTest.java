package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.check.ChapterContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.chapter;
import static io.github.backendnotes.TestVaults.field;
import static io.github.backendnotes.TestVaults.note;
import static io.github.backendnotes.TestVaults.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RequiredItemsRuleTest {

    private static final String RUBRIC = "至少含 `backend`, category, `go`";
    private static final ChapterContext CHAPTER = chapter(
            field("category", FieldType.STRING, ""),
            field("tags", FieldType.LIST, RUBRIC,
                    new ValueConstraint.RequiredItems(List.of("backend", "go"), List.of("category"))));

    @Test
    void categoryContributesItsKebabForm() {
        assertEquals(List.of(), run(new RequiredItemsRule(), note("s/01_a.md", """
                ---
                category: system_design
                tags: [go, system-design, backend, extra]
                ---
                """), CHAPTER));
    }

    @Test
    void aFieldValueCountsAsWrittenOrInKebabForm() {
        String tags = "---\ncategory: system_design\ntags: [backend, go, %s]\n---\n";
        assertEquals(List.of(), run(new RequiredItemsRule(), note("s/01_a.md", tags.formatted("system_design")), CHAPTER));
        assertEquals(List.of(), run(new RequiredItemsRule(), note("s/01_a.md", tags.formatted("system-design")), CHAPTER));
    }

    @Test
    void missingItemsAreListed() {
        List<Finding> findings = run(new RequiredItemsRule(), note("s/01_a.md", """
                ---
                category: system_design
                tags:
                  - backend
                  - design
                ---
                """), CHAPTER);
        assertEquals(List.of(new Finding("frontmatter.required-tags", Severity.ERROR, "s/01_a.md", 3, 1,
                "field 'tags' lacks 'go', 'system-design' (from category) (rubric: " + RUBRIC + ")", "s")), findings);
    }

    @Test
    void missingCategoryFieldAddsNoRequirement() {
        assertEquals(List.of(), run(new RequiredItemsRule(),
                note("s/01_a.md", "---\ntags: [backend, go]\n---\n"), CHAPTER));
    }

    @Test
    void kebab() {
        assertEquals("system-design", RequiredItemsRule.kebab(" system_design "));
        assertEquals("message-queue", RequiredItemsRule.kebab("message queue"));
    }
}

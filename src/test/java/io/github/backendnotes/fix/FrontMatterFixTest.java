package io.github.backendnotes.fix;

import io.github.backendnotes.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The front-matter fixers on the fixture series: the value the rubric makes certain, the rest of the file as it was. */
class FrontMatterFixTest {

    private static final String CHAPTER = "lab/net/01_links.md";
    private static final String BODY = "# Links\n\nText.\n";

    /** Writes the chapter, fixes the vault, and checks the file and that a second fix changes nothing. */
    private static String fixed(Path root, String frontMatter, String ruleId) {
        FixVault.create(root);
        TestVaults.write(root, CHAPTER, frontMatter + BODY);
        assertEquals(1, FixVault.findings(root, ruleId).size(), "the fixture has one " + ruleId + " finding");
        FixRun.Outcome outcome = FixVault.fix(root, false);
        assertEquals(List.of(), FixVault.findings(root, ruleId));
        assertEquals(1, outcome.fixed().get(ruleId));
        assertEquals(List.of(), FixVault.fix(root, false).passes(), "a second fix changes nothing");
        String text = FixVault.read(root, CHAPTER);
        return text.substring(0, text.length() - BODY.length());
    }

    @Test
    void fixedValueKeepsQuotingCommentsAndOtherLines(@TempDir Path root) {
        String before = """
                ---
                # reviewed by hand
                title: 'Links: wires'   # quoted on purpose
                note_type: "draft"  # kind of note
                category: net
                tags: [lab, net]
                chapter: "01"
                updated: 2026-01-10
                review_interval_days: 30
                next_review: 2026-02-09
                source: lab
                ---
                """;
        assertEquals(before.replace("note_type: \"draft\"", "note_type: \"knowledge\""),
                fixed(root, before, "frontmatter.fixed-value"));
    }

    @Test
    void chapterNumberComesFromTheFileName(@TempDir Path root) {
        String before = FixVault.frontMatter("net", "01").replace("chapter: \"01\"", "chapter: '02'");
        assertEquals(FixVault.frontMatter("net", "01").replace("chapter: \"01\"", "chapter: '01'"),
                fixed(root, before, "frontmatter.chapter-number"));
    }

    @Test
    void categoryComesFromTheFolder(@TempDir Path root) {
        String before = FixVault.frontMatter("net", "01").replace("category: net", "category: disk  # moved?");
        assertEquals(FixVault.frontMatter("net", "01").replace("category: net", "category: net  # moved?"),
                fixed(root, before, "frontmatter.category-folder"));
    }

    @Test
    void nextReviewIsUpdatedPlusTheInterval(@TempDir Path root) {
        String before = FixVault.frontMatter("net", "01").replace("next_review: 2026-02-09", "next_review: \"2026-01-01\"");
        assertEquals(FixVault.frontMatter("net", "01").replace("next_review: 2026-02-09", "next_review: \"2026-02-09\""),
                fixed(root, before, "frontmatter.next-review"));
    }

    @Test
    void requiredTagsAreAppendedToAFlowListInItsQuoting(@TempDir Path root) {
        String before = FixVault.frontMatter("net", "01").replace("tags: [lab, net]", "tags: [\"wires\" ]  # topic");
        assertEquals(FixVault.frontMatter("net", "01").replace("tags: [lab, net]",
                "tags: [\"wires\", \"lab\", \"net\" ]  # topic"), fixed(root, before, "frontmatter.required-tags"));
    }

    @Test
    void requiredTagsAreAppendedToABlockListLikeItsLastItem(@TempDir Path root) {
        String before = FixVault.frontMatter("net", "01").replace("tags: [lab, net]", "tags:\n  - wires # topic\n  - lab\n# end of tags");
        assertEquals(FixVault.frontMatter("net", "01").replace("tags: [lab, net]",
                "tags:\n  - wires # topic\n  - lab\n  - net\n# end of tags"), fixed(root, before, "frontmatter.required-tags"));
    }

    @Test
    void aFlowListWithABracketInAnItemIsLeftAlone(@TempDir Path root) {
        FixVault.create(root);
        String before = FixVault.frontMatter("net", "01").replace("tags: [lab, net]", "tags: [lab, \"a]b\"]");
        TestVaults.write(root, CHAPTER, before + BODY);
        FixRun.Outcome outcome = FixVault.fix(root, false);
        assertEquals(before + BODY, FixVault.read(root, CHAPTER));
        assertEquals(1, outcome.remainingFixable().size());
    }

    @Test
    void aMissingFieldWithAFixedValueIsAddedAfterItsPredecessor(@TempDir Path root) {
        String full = FixVault.frontMatter("net", "01");
        String before = full.replace("note_type: knowledge\n", "");
        assertEquals(full, fixed(root, before, "frontmatter.required-field"));
    }

    @Test
    void missingFieldsAddedAtOnePlaceComeInTheTablesOrder(@TempDir Path root) {
        FixVault.create(root);
        TestVaults.write(root, "lab/quality_rubric.md", "# Rubric\n\n## Scope\n\n- `net/01_links.md`\n\n"
                + "## Frontmatter Requirements\n\n| Field | Type | Description |\n|---|---|---|\n"
                + "| `title` | string | the title |\n| `zone` | string | fixed to `north` |\n"
                + "| `area` | string | fixed to `yard` |\n");
        TestVaults.write(root, CHAPTER, "---\ntitle: Links\n---\n" + BODY);
        FixVault.fix(root, false);
        assertEquals("---\ntitle: Links\nzone: north\narea: yard\n---\n" + BODY, FixVault.read(root, CHAPTER));
    }

    @Test
    void aTagThatIsAFieldsValueWaitsForThatFieldsFix(@TempDir Path root) {
        FixVault.create(root);
        TestVaults.write(root, CHAPTER, FixVault.frontMatter("net", "01")
                .replace("category: net", "category: disk").replace("tags: [lab, net]", "tags: [lab]") + BODY);
        FixRun.Outcome outcome = FixVault.fix(root, false);
        assertEquals(FixVault.frontMatter("net", "01") + BODY, FixVault.read(root, CHAPTER));
        assertEquals(Map.of("frontmatter.category-folder", 1, "frontmatter.required-tags", 1), outcome.fixed());
        assertEquals(2, outcome.passes().size(), "the tag is added once the category is right");
    }

    @Test
    void aMissingFieldWithoutFixedValueStaysAFinding(@TempDir Path root) {
        FixVault.create(root);
        String before = FixVault.frontMatter("net", "01").replace("updated: 2026-01-10\n", "");
        TestVaults.write(root, CHAPTER, before + BODY);
        FixRun.Outcome outcome = FixVault.fix(root, false);
        assertEquals(before + BODY, FixVault.read(root, CHAPTER));
        assertEquals(List.of("frontmatter.required-field"), outcome.remainingFixable().stream()
                .map(f -> f.ruleId()).distinct().toList());
    }

    @Test
    void aFileWithAParseProblemIsLeftUntouched(@TempDir Path root) {
        FixVault.create(root);
        String before = FixVault.frontMatter("net", "01").replace("note_type: knowledge", "note_type: draft\nsource: lab");
        TestVaults.write(root, CHAPTER, before + BODY);
        FixVault.fix(root, false);
        assertEquals(before + BODY, FixVault.read(root, CHAPTER), "a duplicated key makes the edit uncertain");
    }

    @Test
    void crlfLinesKeepTheirTerminators(@TempDir Path root) {
        String before = FixVault.frontMatter("net", "01").replace("note_type: knowledge", "note_type: draft")
                .replace("\n", "\r\n");
        FixVault.create(root);
        TestVaults.write(root, CHAPTER, before + BODY);
        FixVault.fix(root, false);
        assertEquals(FixVault.frontMatter("net", "01").replace("\n", "\r\n") + BODY, FixVault.read(root, CHAPTER));
    }
}

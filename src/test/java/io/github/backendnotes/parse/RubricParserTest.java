package io.github.backendnotes.parse;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Rubric.RubricLine;
import io.github.backendnotes.model.ValueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RubricParserTest {

    private static final String CHINESE = """
            # Rubric

            ## Purpose

            - Purpose lines are not requirements

            ## Scope

            - `01_intro.md`: first
            - `./02_next.md` and `notes.txt`
            - no file here

            ## Frontmatter Requirements

            | 欄位 | 型別 | 說明 |
            |---|---|---|
            | `type` | string | 固定為 `knowledge` |
            | status | string | `active` / `draft` / `archived` |
            | `chapter` | string | 兩位數字串 |
            | category | string | `network` / `storage` |
            | `tags` | list | 至少含 `backend`, category, `go`, seasonal mood |
            | weird | blob | something vague |

            ## Structure

            - Each chapter has a summary
              - nested detail
            """;

    private static List<ValueConstraint> constraints(Rubric rubric, String field) {
        return rubric.field(field).orElseThrow().constraints();
    }

    @Test
    void scopeListKeepsMarkdownPathsInOrder() {
        Rubric rubric = rubric("s/quality_rubric.md", CHINESE);
        assertTrue(rubric.hasScope());
        assertEquals(List.of(new Rubric.ScopeEntry("01_intro.md", 9), new Rubric.ScopeEntry("02_next.md", 10)),
                rubric.scope());
        assertEquals(List.of(), rubric.scopeRanges());
        assertEquals("s/quality_rubric.md", rubric.file());
    }

    @Test
    void chineseTableFieldsTypesAndLines() {
        Rubric rubric = rubric("r.md", CHINESE);
        assertEquals(List.of("type", "status", "chapter", "category", "tags", "weird"),
                rubric.fields().stream().map(FieldRequirement::name).toList());
        assertEquals(FieldType.STRING, rubric.field("type").orElseThrow().type());
        assertEquals(FieldType.LIST, rubric.field("tags").orElseThrow().type());
        assertNull(rubric.field("weird").orElseThrow().type());
        assertEquals(17, rubric.field("type").orElseThrow().line());
        assertEquals("固定為 `knowledge`", rubric.field("type").orElseThrow().description());
    }

    @Test
    void fixedValue() {
        assertEquals(List.of(new ValueConstraint.FixedValue("knowledge")), constraints(rubric("r.md", CHINESE), "type"));
    }

    @Test
    void enumeration() {
        assertEquals(List.of(new ValueConstraint.AllowedValues(List.of("active", "draft", "archived"))),
                constraints(rubric("r.md", CHINESE), "status"));
    }

    @Test
    void twoDigitString() {
        assertEquals(List.of(new ValueConstraint.DigitString(2)), constraints(rubric("r.md", CHINESE), "chapter"));
    }

    @Test
    void requiredTagsLiteralsAndFieldValues() {
        Rubric rubric = rubric("r.md", CHINESE);
        assertEquals(List.of(new ValueConstraint.RequiredItems(List.of("backend", "go"), List.of("category"))),
                constraints(rubric, "tags"));
        assertTrue(rubric.notChecked().contains(new RubricLine(21,
                "front matter `tags`: 'seasonal mood' (from: 至少含 `backend`, category, `go`, seasonal mood)", Rubric.Reason.NOT_YET_READ)),
                rubric.notChecked().toString());
    }

    @Test
    void enforcedLinesDescribeWhatIsChecked() {
        Rubric rubric = rubric("r.md", CHINESE);
        assertEquals(List.of(
                new RubricLine(17, "front matter `type`: required, string, fixed to 'knowledge'"),
                new RubricLine(18, "front matter `status`: required, string, one of [active, draft, archived]"),
                new RubricLine(19, "front matter `chapter`: required, string, 2-digit string"),
                new RubricLine(20, "front matter `category`: required, string, one of [network, storage]"),
                new RubricLine(21, "front matter `tags`: required, list, contains [backend, go, <category>]"),
                new RubricLine(22, "front matter `weird`: required")), rubric.enforced());
    }

    @Test
    void unknownTypeAndOtherSectionsAreNotChecked() {
        Rubric rubric = rubric("r.md", CHINESE);
        assertEquals(List.of(
                new RubricLine(21, "front matter `tags`: 'seasonal mood' (from: 至少含 `backend`, category, `go`, seasonal mood)", Rubric.Reason.NOT_YET_READ),
                new RubricLine(22, "front matter `weird`: type 'blob'", Rubric.Reason.NOT_YET_READ),
                new RubricLine(22, "front matter `weird`: something vague", Rubric.Reason.NOT_YET_READ),
                new RubricLine(26, "Structure: Each chapter has a summary", Rubric.Reason.NOT_YET_READ),
                new RubricLine(27, "Structure: nested detail", Rubric.Reason.NOT_YET_READ)), rubric.notChecked());
        assertEquals("line 26: Structure: Each chapter has a summary", rubric.notChecked().get(3).toString());
    }

    @Test
    void englishHeaderInAnotherColumnOrderWithPlainNames() {
        Rubric rubric = rubric("r.md", """
                ## Front Matter

                | Description | Field | Type |
                |---|---|---|
                | fixed to `note` | kind | str |
                | `a` or `b` | `mode` | text |
                | 3-digit | number | string |
                | must include `x`, `y` | labels | array |
                | | created | date |
                | | days | int |
                """);
        assertFalse(rubric.hasScope());
        assertEquals(List.of("kind", "mode", "number", "labels", "created", "days"),
                rubric.fields().stream().map(FieldRequirement::name).toList());
        assertEquals(List.of(FieldType.STRING, FieldType.STRING, FieldType.STRING, FieldType.LIST, FieldType.DATE,
                FieldType.INT), rubric.fields().stream().map(FieldRequirement::type).toList());
        assertEquals(List.of(new ValueConstraint.FixedValue("note")), constraints(rubric, "kind"));
        assertEquals(List.of(new ValueConstraint.AllowedValues(List.of("a", "b"))), constraints(rubric, "mode"));
        assertEquals(List.of(new ValueConstraint.DigitString(3)), constraints(rubric, "number"));
        assertEquals(List.of(new ValueConstraint.RequiredItems(List.of("x", "y"), List.of())), constraints(rubric, "labels"));
        assertEquals(List.of(), constraints(rubric, "created"));
        assertEquals(List.of(), rubric.notChecked());
    }

    @Test
    void unknownHeaderIsReadByPosition() {
        Rubric rubric = rubric("r.md", """
                ## Frontmatter

                | 名 | 種 | 註 |
                |---|---|---|
                | `status` | 字串 | `on` / `off` |
                """);
        FieldRequirement status = rubric.field("status").orElseThrow();
        assertEquals(FieldType.STRING, status.type());
        assertEquals(List.of(new ValueConstraint.AllowedValues(List.of("on", "off"))), status.constraints());
        assertEquals("`status` | 字串 | `on` / `off`", status.rubricText());
    }

    @Test
    void requiredItemsOnlyForLists() {
        Rubric rubric = rubric("r.md", """
                ## Frontmatter

                | Field | Type | Description |
                |---|---|---|
                | title | string | 至少含 `x` |
                """);
        assertEquals(List.of(), constraints(rubric, "title"));
        assertEquals(List.of(new RubricLine(5, "front matter `title`: 至少含 `x`", Rubric.Reason.NOT_YET_READ)), rubric.notChecked());
    }

    @Test
    void scopeRange() {
        Rubric rubric = rubric("r.md", """
                ## Scope

                適用檔案：`00` 到 `20` 全章
                """);
        assertTrue(rubric.hasScope());
        assertEquals(List.of(new Rubric.ScopeRange(0, 20, 3)), rubric.scopeRanges());
        assertEquals(List.of(), rubric.scope());
        assertTrue(rubric.scopeRanges().get(0).contains(20));
        assertFalse(rubric.scopeRanges().get(0).contains(21));
    }

    @Test
    void aScopeRangeEndPastAnIntIsClamped() {
        Rubric rubric = rubric("r.md", """
                ## Scope

                適用檔案：`0000000000001` 到 `99999999999` 全章
                """);
        assertEquals(List.of(new Rubric.ScopeRange(1, Integer.MAX_VALUE, 3)), rubric.scopeRanges());
    }

    @Test
    void scopeWithoutFilesIsNoScope() {
        Rubric rubric = rubric("r.md", """
                ## Scope

                - every chapter
                """);
        assertFalse(rubric.hasScope());
        assertEquals(List.of(), rubric.notChecked());
    }

    @Test
    void tableRowsOfOtherSectionsAreNotChecked() {
        Rubric rubric = rubric("r.md", """
                ## Code

                | Item | Rule |
                |---|---|
                | fences | have a language |
                """);
        assertEquals(List.of(new RubricLine(5, "Code: fences | have a language", Rubric.Reason.NOT_YET_READ)), rubric.notChecked());
        assertEquals(List.of(), rubric.fields());
    }
}

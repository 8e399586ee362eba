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

/** {@link FixedValueRule}, {@link AllowedValueRule} and {@link ValueFormatRule}. */
class FixedAllowedFormatRulesTest {

    private static final ChapterContext CHAPTER = chapter(
            field("type", FieldType.STRING, "固定為 `knowledge`", new ValueConstraint.FixedValue("knowledge")),
            field("status", FieldType.STRING, "`active` / `draft`",
                    new ValueConstraint.AllowedValues(List.of("active", "draft"))),
            field("chapter", FieldType.STRING, "兩位數字串", new ValueConstraint.DigitString(2)));

    private static final String GOOD = "---\ntype: knowledge\nstatus: draft\nchapter: \"07\"\n---\n";

    private static Finding error(String rule, int line, int column, String message) {
        return new Finding(rule, Severity.ERROR, "s/07_a.md", line, column, message, "s");
    }

    @Test
    void fixedValue() {
        assertEquals(List.of(), run(new FixedValueRule(), note("s/07_a.md", GOOD), CHAPTER));
        assertEquals(List.of(error("frontmatter.fixed-value", 2, 7,
                        "field 'type' is 'note', expected 'knowledge' (rubric: 固定為 `knowledge`)")),
                run(new FixedValueRule(), note("s/07_a.md", "---\ntype: note\n---\n"), CHAPTER));
    }

    @Test
    void allowedValue() {
        assertEquals(List.of(), run(new AllowedValueRule(), note("s/07_a.md", GOOD), CHAPTER));
        assertEquals(List.of(error("frontmatter.allowed-value", 2, 9,
                        "field 'status' is 'done', expected one of active, draft (rubric: `active` / `draft`)")),
                run(new AllowedValueRule(), note("s/07_a.md", "---\nstatus: done\n---\n"), CHAPTER));
    }

    @Test
    void digitString() {
        assertEquals(List.of(), run(new ValueFormatRule(), note("s/07_a.md", GOOD), CHAPTER));
        assertEquals(List.of(error("frontmatter.value-format", 2, 10,
                        "field 'chapter' is '7', expected a 2-digit string such as \"01\" (rubric: 兩位數字串)")),
                run(new ValueFormatRule(), note("s/07_a.md", "---\nchapter: \"7\"\n---\n"), CHAPTER));
    }

    @Test
    void wrongTypeIsLeftToFieldTypeRule() {
        // A plain 07 is an integer-looking scalar: field-type reports it, these rules stay quiet.
        String wrongType = "---\ntype: [knowledge]\nstatus: 1\nchapter: 7\n---\n";
        assertEquals(List.of(), run(new FixedValueRule(), note("s/07_a.md", wrongType), CHAPTER));
        assertEquals(List.of(), run(new AllowedValueRule(), note("s/07_a.md", wrongType), CHAPTER));
        assertEquals(List.of(), run(new ValueFormatRule(), note("s/07_a.md", wrongType), CHAPTER));
    }
}

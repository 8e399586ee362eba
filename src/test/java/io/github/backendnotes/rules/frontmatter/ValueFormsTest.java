package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.ValueForm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each front-matter rule's value form: the description phrases it reads. */
class ValueFormsTest {

    private static Optional<ValueConstraint> read(ValueForm form, String description) {
        return form.read(description, FieldType.STRING, List.of(), new ArrayList<>());
    }

    @Test
    void fixedValue() {
        assertEquals(Optional.of(new ValueConstraint.FixedValue("knowledge")), read(FixedValueRule.FORM, "固定為 `knowledge`"));
        assertEquals(Optional.of(new ValueConstraint.FixedValue("note")), read(FixedValueRule.FORM, "Fixed to: `note`."));
        assertEquals(Optional.empty(), read(FixedValueRule.FORM, "固定為 `a` 或 `b`"));
    }

    @Test
    void allowedValues() {
        assertEquals(Optional.of(new ValueConstraint.AllowedValues(List.of("active", "draft"))),
                read(AllowedValueRule.FORM, "`active` / `draft`"));
        assertEquals(Optional.of(new ValueConstraint.AllowedValues(List.of("a", "b", "c"))),
                read(AllowedValueRule.FORM, "`a` or `b`、`c`。"));
        assertEquals(Optional.empty(), read(AllowedValueRule.FORM, "`active`"));
        assertEquals(Optional.empty(), read(AllowedValueRule.FORM, "`active` / `draft` 之一"));
    }

    @Test
    void digitString() {
        assertEquals(Optional.of(new ValueConstraint.DigitString(2)), read(ValueFormatRule.FORM, "兩位數字串"));
        assertEquals(Optional.of(new ValueConstraint.DigitString(3)), read(ValueFormatRule.FORM, "a 3-digit chapter number"));
        assertEquals(Optional.of(new ValueConstraint.DigitString(4)), read(ValueFormatRule.FORM, "Four-digit year"));
        assertEquals(Optional.empty(), read(ValueFormatRule.FORM, "章節編號"));
    }

    @Test
    void requiredItemsOfAListOnly() {
        List<String> unread = new ArrayList<>();
        assertEquals(Optional.of(new ValueConstraint.RequiredItems(List.of("backend", "go"), List.of("category"))),
                RequiredItemsRule.FORM.read("至少含 `backend`, category, `go`, topic", FieldType.LIST,
                        List.of("category", "tags"), unread));
        assertEquals(List.of("'topic' (from: 至少含 `backend`, category, `go`, topic)"), unread);
        assertEquals(Optional.empty(), RequiredItemsRule.FORM.read("must include `x`", FieldType.STRING, List.of(),
                new ArrayList<>()));
    }
}

package io.github.backendnotes.parse;

import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClausesTest {

    private record Named(String name) implements Check {
    }

    @Test
    void clauseSplittingKeepsBackticksAndParenthesesTogether() {
        assertEquals(List.of("1-2 句話", "明確表達（如：A，B）", "`a，b`", "尾句"),
                Clauses.split("1-2 句話，明確表達（如：A，B）；`a，b`。尾句"));
        assertEquals("至少 3 個面向的比較", Clauses.withoutParenthesis("至少 3 個面向的比較（如：效能、`f(x)`）"));
        assertEquals("含 `f(x)`", Clauses.withoutParenthesis("含 `f(x)`"));
    }

    @Test
    void theFirstClauseFormThatReadsTheClauseWinsAndWholeLineFormsAreNotAsked() {
        ClauseForm whole = ClauseForm.wholeLine(text -> Optional.of(new Named("whole")));
        ClauseForm first = text -> text.startsWith("a") ? Optional.of(new Named("first")) : Optional.empty();
        ClauseForm second = text -> Optional.of(new Named("second"));
        List<ClauseForm> forms = List.of(whole, first, second);
        assertEquals(Optional.of(new Named("first")), Clauses.read(forms, "a clause"));
        assertEquals(Optional.of(new Named("second")), Clauses.read(forms, "b clause"));
        assertEquals(Optional.empty(), Clauses.read(List.of(whole), "a clause"));
    }

    @Test
    void aClauseIsReadWithoutItsParenthesisedIllustration() {
        ClauseForm exact = text -> text.equals("至少 3 個") ? Optional.of(new Named("read")) : Optional.empty();
        assertEquals(Optional.of(new Named("read")), Clauses.read(List.of(exact), " 至少 3 個（如：a、b） "));
    }
}

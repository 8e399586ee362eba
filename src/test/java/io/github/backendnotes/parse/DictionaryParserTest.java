package io.github.backendnotes.parse;

import io.github.backendnotes.model.ConditionalRequirement;
import io.github.backendnotes.model.ConditionalRequirement.Condition;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Rubric.RubricLine;
import io.github.backendnotes.model.ValueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.github.backendnotes.TestVaults.dictionary;
import static io.github.backendnotes.TestVaults.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DictionaryParserTest {

    private static final String FULL = """
            # Conventions

            ## Required for all notes

            | property | type | allowed | notes |
            |---|---|---|---|
            | `kind` | Text | `idea`, `log`, `digest` | |
            | `area` | Text | any | |
            | `born` | Date | `YYYY-MM-DD` | |
            | `labels` | List | any | Must include `kind` and `area`. |
            | `mood` | Feeling | any | |
            | `owner` | Text | any | someone who cares |

            ## Conditional required fields

            | property | required when | notes |
            |---|---|---|
            | `origin` | `kind` in (`log`, `digest`) | where it came from |
            | `level` | `kind=idea` and `area` in (`math`, `chess`) | |
            | `mentor` | whenever it feels right | |

            ## Naming rules

            - Markdown filename: snake_case
            - Digest/log filename: `YYYY-MM-DD_topic_slug.md`
            - Folder layout:
              - `00_meta` for the system
              - `10_ideas`
              - plain words without a name
            - Keep names short
            """;

    private static PropertyDictionary full() {
        return dictionary("Property Dictionary.md", FULL);
    }

    private static FieldRequirement field(PropertyDictionary dictionary, String name) {
        return dictionary.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void requiredTableNamesTypesLinesAndSource() {
        PropertyDictionary dictionary = full();
        assertEquals("Property Dictionary.md", dictionary.file());
        assertEquals(List.of("kind", "area", "born", "labels", "mood", "owner"),
                dictionary.fields().stream().map(FieldRequirement::name).toList());
        assertEquals(FieldType.STRING, field(dictionary, "kind").type());
        assertEquals(FieldType.DATE, field(dictionary, "born").type());
        assertEquals(FieldType.LIST, field(dictionary, "labels").type());
        assertNull(field(dictionary, "mood").type());
        assertEquals(List.of(7, 8, 9, 10, 11, 12), dictionary.fields().stream().map(FieldRequirement::line).toList());
        assertTrue(dictionary.fields().stream().allMatch(f -> f.source().equals(FieldRequirement.DICTIONARY)));
    }

    @Test
    void backtickedAllowedValuesBecomeAllowedValuesAnyAndDatePatternsDoNot() {
        PropertyDictionary dictionary = full();
        assertEquals(List.of(new ValueConstraint.AllowedValues(List.of("idea", "log", "digest"))),
                field(dictionary, "kind").constraints());
        assertEquals("`idea`, `log`, `digest`", field(dictionary, "kind").description());
        assertEquals(List.of(), field(dictionary, "area").constraints());
        assertEquals("a string", field(dictionary, "area").description());
        // `YYYY-MM-DD` for a Date is the format, not a value
        assertEquals(List.of(), field(dictionary, "born").constraints());
        assertEquals("a date YYYY-MM-DD", field(dictionary, "born").description());
    }

    @Test
    void mustIncludeNamesFieldsWhoseValuesTheListHolds() {
        FieldRequirement labels = field(full(), "labels");
        assertEquals(List.of(new ValueConstraint.RequiredItems(List.of(), List.of("kind", "area"))), labels.constraints());
        assertEquals("Must include `kind` and `area`.", labels.description());
    }

    @Test
    void mustIncludeKeepsLiteralsThatAreNoField() {
        PropertyDictionary dictionary = dictionary("d.md", """
                ## Required for all notes

                | property | type | allowed | notes |
                |---|---|---|---|
                | `kind` | Text | any | |
                | `labels` | List | any | Must include `vault` and `kind` |
                """);
        assertEquals(List.of(new ValueConstraint.RequiredItems(List.of("vault"), List.of("kind"))),
                field(dictionary, "labels").constraints());
    }

    @Test
    void conditionsInListAndEqualsJoinedByAnd() {
        List<ConditionalRequirement> conditionals = full().conditionals();
        assertEquals(List.of(
                new ConditionalRequirement("origin", List.of(new Condition("kind", Set.of("log", "digest"))),
                        "`kind` in (`log`, `digest`)", 18),
                new ConditionalRequirement("level", List.of(new Condition("kind", Set.of("idea")),
                        new Condition("area", Set.of("math", "chess"))),
                        "`kind=idea` and `area` in (`math`, `chess`)", 19)),
                conditionals);
    }

    @Test
    void aConditionAppliesOnlyWhenEveryPartHolds() {
        ConditionalRequirement level = full().conditionals().get(1);
        assertTrue(level.applies(frontMatter("kind: idea\narea: chess\n")));
        assertFalse(level.applies(frontMatter("kind: idea\narea: cooking\n")));
        assertFalse(level.applies(frontMatter("kind: log\narea: chess\n")));
        assertFalse(level.applies(frontMatter("area: chess\n")));
    }

    private static FrontMatter frontMatter(String yaml) {
        return note("n.md", "---\n" + yaml + "---\n# N\n").frontMatter();
    }

    @Test
    void unreadableConditionsAreNotChecked() {
        assertEquals(Optional.empty(), DictionaryParser.conditions("whenever it feels right"));
        assertEquals(Optional.empty(), DictionaryParser.conditions("`kind=idea` and sometimes"));
        assertEquals(Optional.empty(), DictionaryParser.conditions("`kind` in ()"));
        assertTrue(full().conditionals().stream().noneMatch(c -> c.field().equals("mentor")));
    }

    @Test
    void namingRules() {
        PropertyDictionary dictionary = full();
        assertTrue(dictionary.snakeCaseNames());
        assertEquals(Set.of("digest", "log"), dictionary.datedNoteTypes());
        assertEquals(List.of("00_meta", "10_ideas"), dictionary.topFolders());
    }

    @Test
    void withoutNamingRulesNothingIsRequiredOfNames() {
        PropertyDictionary dictionary = dictionary("d.md", "# Empty\n\n## Naming rules\n\nNames are free.\n");
        assertFalse(dictionary.snakeCaseNames());
        assertEquals(Set.of(), dictionary.datedNoteTypes());
        assertEquals(List.of(), dictionary.topFolders());
        assertEquals(List.of(), dictionary.fields());
        assertEquals(List.of(), dictionary.conditionals());
    }

    @Test
    void enforcedLines() {
        assertEquals(List.of(
                new RubricLine(7, "Required for all notes: `kind`, string, `idea`, `log`, `digest`"),
                new RubricLine(8, "Required for all notes: `area`, string"),
                new RubricLine(9, "Required for all notes: `born`, date"),
                new RubricLine(10, "Required for all notes: `labels`, list, Must include `kind` and `area`."),
                new RubricLine(11, "Required for all notes: `mood`"),
                new RubricLine(12, "Required for all notes: `owner`, string"),
                new RubricLine(18, "Conditional required fields: `origin` when `kind` in (`log`, `digest`)"),
                new RubricLine(19, "Conditional required fields: `level` when `kind=idea` and `area` in (`math`, `chess`)"),
                new RubricLine(24, "Naming rules: Markdown filename: snake_case (naming.file-name)"),
                new RubricLine(25, "Naming rules: Digest/log filename: `YYYY-MM-DD_topic_slug.md` (naming.file-name)"),
                new RubricLine(26, "Naming rules: folder layout [00_meta, 10_ideas] (naming.top-level-folder)")),
                full().enforced());
    }

    @Test
    void notCheckedLines() {
        assertEquals(List.of(
                new RubricLine(11, "Required for all notes: `mood`: type 'Feeling'", Rubric.Reason.NOT_YET_READ),
                new RubricLine(12, "Required for all notes: `owner`: someone who cares", Rubric.Reason.NOT_YET_READ),
                new RubricLine(20, "Conditional required fields: `mentor` when whenever it feels right", Rubric.Reason.NOT_YET_READ),
                new RubricLine(30, "Naming rules: Keep names short", Rubric.Reason.NOT_YET_READ)),
                full().notChecked());
    }
}

package io.github.backendnotes.config;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.rules.section.ItemCountRule.ItemCount;
import io.github.backendnotes.rules.section.OrderedListRule.OrderedList;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigParserTest {

    private static final Set<String> KNOWN = Set.of("links", "links.broken", "index", "index.minutes",
            "section.item-count", "frontmatter.next-review", "code.language-tag");

    private static ConfigParser.Result parse(String yaml) {
        return new ConfigParser(KNOWN, RuleCatalog.clauseForms()).parse(".backend-notes.yml", yaml);
    }

    /** {@code line:column rule message} per problem. */
    private static List<String> problems(String yaml) {
        return parse(yaml).problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.rule().id() + " " + p.message()).toList();
    }

    @Test
    void rulesByIdAndCategoryWithEveryLevel() {
        ConfigParser.Result result = parse("""
                rules:
                  links: off
                  index.minutes: warning
                  section.item-count: ERROR
                  code.language-tag: info
                  frontmatter.next-review: false
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(Map.of(
                "links", Optional.empty(),
                "index.minutes", Optional.of(Severity.WARNING),
                "section.item-count", Optional.of(Severity.ERROR),
                "code.language-tag", Optional.of(Severity.INFO),
                "frontmatter.next-review", Optional.empty()), result.config().rules());
        assertEquals(".backend-notes.yml", result.config().file());
    }

    @Test
    void vocabularyByName() {
        ConfigParser.Result result = parse("vocabulary: {Go: [goroutine, channel], Rust: [borrow checker]}\n");
        assertEquals(List.of(), result.problems());
        assertEquals(Map.of("Go", List.of("goroutine", "channel"), "Rust", List.of("borrow checker")),
                result.config().vocabulary());
        assertEquals(List.of("2:7 config.invalid-value vocabulary 'Go' must be a list"), problems("vocabulary:\n  Go: x\n"));
    }

    @Test
    void excludes() {
        ConfigParser.Result result = parse("excludes:\n  - drafts/**\n  - \"**/scratch_*.md\"\n");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("drafts/**", "**/scratch_*.md"), result.config().excludes());
    }

    @Test
    void emptyFileAndCommentOnlyFileAreAnEmptyConfiguration() {
        for (String yaml : List.of("", "# nothing configured yet\n")) {
            ConfigParser.Result result = parse(yaml);
            assertEquals(List.of(), result.problems());
            assertEquals(Map.of(), result.config().rules());
            assertEquals(List.of(), result.config().excludes());
            assertEquals(Map.of(), result.config().series());
        }
    }

    @Test
    void seriesFieldsWithTypeAllowedFixedAndDescription() {
        ConfigParser.Result result = parse("""
                series:
                  lessons:
                    fields:
                      - name: level
                        type: string
                        allowed: [beginner, advanced]
                      - name: kind
                        type: str
                        fixed: lesson
                      - name: tags
                        type: list
                        description: at least two tags
                      - name: minutes
                """);
        assertEquals(List.of(), result.problems());
        NotesConfig.SeriesAdditions lessons = result.config().series().get("lessons");
        assertEquals(List.of(), lessons.kinds());
        assertEquals(List.of(
                new FieldRequirement("level", FieldType.STRING,
                        List.of(new ValueConstraint.AllowedValues(List.of("beginner", "advanced"))),
                        "one of [beginner, advanced]", "config field level", 4, "configuration"),
                new FieldRequirement("kind", FieldType.STRING, List.of(new ValueConstraint.FixedValue("lesson")),
                        "fixed to `lesson`", "config field kind", 7, "configuration"),
                new FieldRequirement("tags", FieldType.LIST, List.of(), "at least two tags", "config field tags", 10,
                        "configuration"),
                new FieldRequirement("minutes", null, List.of(), "", "config field minutes", 13, "configuration")),
                lessons.fields());
    }

    @Test
    void seriesKindsWithHeadingsAndSectionMinimums() {
        ConfigParser.Result result = parse("""
                series:
                  react/lessons:
                    kinds:
                      - name: Lesson
                        headings: [Goal, " Steps ", Checklist]
                        sections:
                          Steps: ["以編號列表呈現", "3-5 個"]
                          Checklist: ["至少 2 條"]
                      - headings:
                          - Symptom
                          - Fix
                """);
        assertEquals(List.of(), result.problems());
        List<ChapterKind> kinds = result.config().series().get("react/lessons").kinds();
        assertEquals(List.of(
                new ChapterKind("Lesson", List.of(new ChapterKind.RequiredHeading("Goal", 5),
                        new ChapterKind.RequiredHeading("Steps", 5), new ChapterKind.RequiredHeading("Checklist", 5)),
                        List.of(new SectionRequirement("Steps", new OrderedList(), "以編號列表呈現", 7),
                                new SectionRequirement("Steps", new ItemCount(3, 5), "3-5 個", 7),
                                new SectionRequirement("Checklist", new ItemCount(2, 0), "至少 2 條", 8)),
                        4),
                new ChapterKind("", List.of(new ChapterKind.RequiredHeading("Symptom", 10),
                        new ChapterKind.RequiredHeading("Fix", 11)), List.of(), 9)), kinds);
        assertEquals("chapter", kinds.get(1).label());
    }

    @Test
    void unknownTopLevelKey() {
        assertEquals(List.of("3:1 config.unknown-key unknown key 'exclude' (known: excludes, links, rules, series, snippets, vocabulary); did you mean 'excludes'?"),
                problems("rules:\n  links: off\nexclude:\n  - drafts/**\n"));
    }

    /** A broken glob is reported at its line and left out; the others still apply. */
    @Test
    void anExcludeThatIsNotAGlob() {
        ConfigParser.Result result = parse("excludes:\n  - drafts/**\n  - \"[abc\"\n");
        assertEquals(List.of("drafts/**"), result.config().excludes());
        assertEquals(1, result.problems().size());
        assertEquals(3, result.problems().get(0).line());
        assertEquals(ConfigRules.INVALID_VALUE, result.problems().get(0).rule());
        assertTrue(result.problems().get(0).message().startsWith("exclude '[abc' is not a glob: "),
                result.problems().get(0).message());
    }

    @Test
    void unknownKeysInsideSeriesFieldsAndKinds() {
        assertEquals(List.of(
                "3:5 config.unknown-key unknown key 'feilds' (known: fields, kinds); did you mean 'fields'?",
                "7:9 config.unknown-key unknown key 'values' (known: allowed, description, fixed, name, type)",
                "10:9 config.unknown-key unknown key 'heading' (known: headings, name, sections); did you mean 'headings'?"),
                problems("""
                        series:
                          lessons:
                            feilds: []
                            fields:
                              - name: level
                                type: string
                                values: [a, b]
                            kinds:
                              - name: Lesson
                                heading: [Goal]
                        """));
    }

    @Test
    void unknownRuleIdAndUnknownCategory() {
        ConfigParser.Result result = parse("""
                rules:
                  links.brokn: off
                  lnks: warning
                  links.broken: info
                """);
        assertEquals(List.of(
                new ConfigParser.Problem(ConfigRules.UNKNOWN_RULE, 2, 3, "unknown rule id or category 'links.brokn' under rules; did you mean 'links.broken'?"),
                new ConfigParser.Problem(ConfigRules.UNKNOWN_RULE, 3, 3, "unknown rule id or category 'lnks' under rules; did you mean 'links'?")),
                result.problems());
        assertEquals(Map.of("links.broken", Optional.of(Severity.INFO)), result.config().rules());
    }

    @Test
    void badLevelAtTheValue() {
        assertEquals(List.of(
                "2:10 config.invalid-value rule 'links' must be error, warning, info or off, not 'loud'",
                "3:18 config.invalid-value rule 'index.minutes' must be error, warning, info or off, not ''"),
                problems("rules:\n  links: loud\n  index.minutes: [warning]\n"));
    }

    @Test
    void rulesThatIsNotAMapping() {
        ConfigParser.Result result = parse("rules:\n  - links\n  - index\nexcludes: [drafts/**]\n");
        assertEquals(List.of(new ConfigParser.Problem(ConfigRules.INVALID_VALUE, 2, 3, "rules must be a mapping")),
                result.problems());
        assertEquals(Map.of(), result.config().rules());
        assertEquals(List.of("drafts/**"), result.config().excludes());
    }

    @Test
    void excludesThatIsNotAListAndNonTextExclude() {
        assertEquals(List.of("1:11 config.invalid-value excludes must be a list"), problems("excludes: drafts/**\n"));
        assertEquals(List.of("3:5 config.invalid-value excludes must hold text values"),
                problems("excludes:\n  - drafts/**\n  - [nested]\n"));
    }

    @Test
    void configurationThatIsNotAMapping() {
        assertEquals(List.of("1:1 config.invalid-value the configuration must be a mapping"),
                problems("- rules\n- excludes\n"));
    }

    @Test
    void badFieldTypeKeepsTheFieldWithoutAType() {
        ConfigParser.Result result = parse("""
                series:
                  lessons:
                    fields:
                      - name: level
                        type: strnig
                      - type: string
                """);
        assertEquals(List.of(
                new ConfigParser.Problem(ConfigRules.INVALID_VALUE, 5, 15, "field type must be string, list, date, int or bool"),
                new ConfigParser.Problem(ConfigRules.INVALID_VALUE, 6, 9, "a field needs a name")),
                result.problems());
        List<FieldRequirement> fields = result.config().series().get("lessons").fields();
        assertEquals(List.of("level"), fields.stream().map(FieldRequirement::name).toList());
        assertNull(fields.get(0).type());
    }

    @Test
    void unreadableSectionMinimumKeepsTheReadableOnes() {
        ConfigParser.Result result = parse("""
                series:
                  lessons:
                    kinds:
                      - name: Lesson
                        headings: [Goal, Steps]
                        sections:
                          Steps: ["lots of steps", "至少 3 條"]
                """);
        assertEquals(List.of(new ConfigParser.Problem(ConfigRules.INVALID_VALUE, 7, 19,
                "cannot read the minimum 'lots of steps' for section 'Steps' (forms: 至少 N 條, N-M 個, 1-2 句話, 編號列表,"
                        + " 至少 N 個面向的比較, …)")), result.problems());
        ChapterKind lesson = result.config().series().get("lessons").kinds().get(0);
        assertEquals(List.of(new SectionRequirement("Steps", new ItemCount(3, 0), "至少 3 條", 7)),
                lesson.requirements());
        assertEquals(List.of("Goal", "Steps"), lesson.headingTexts());
    }

    @Test
    void sectionMinimumsThatAreNotAList() {
        assertEquals(List.of("6:18 config.invalid-value section 'Steps' must be a list"),
                problems("""
                        series:
                          lessons:
                            kinds:
                              - name: Lesson
                                sections:
                                  Steps: 至少 3 條
                        """));
    }

    @Test
    void yamlSyntaxErrorAtItsPlaceAndNothingElseApplies() {
        ConfigParser.Result result = parse("rules:\n  links: off\n\tindex: off\n");
        assertEquals(1, result.problems().size());
        ConfigParser.Problem problem = result.problems().get(0);
        assertEquals("config.syntax", problem.rule().id());
        assertEquals(3, problem.line());
        assertEquals(1, problem.column());
        assertTrue(problem.message().startsWith("not valid YAML: found character '\\t(TAB)' that cannot start any token"),
                problem.message());
        assertEquals(NotesConfig.EMPTY, result.config());
    }

    @Test
    void unclosedFlowSequenceIsASyntaxError() {
        ConfigParser.Result result = parse("excludes: [drafts/**\nrules:\n  links: off\n");
        assertEquals(List.of("config.syntax"), result.problems().stream().map(p -> p.rule().id()).toList());
        assertEquals(NotesConfig.EMPTY, result.config());
    }

    @Test
    void validPartsStillApplyWhenOthersAreInvalid() {
        ConfigParser.Result result = parse("""
                rules:
                  links: off
                  nope.rule: error
                  index.minutes: sometimes
                  section.item-count: warning
                excludes:
                  - drafts/**
                colour: blue
                series:
                  lessons:
                    fields:
                      - name: level
                        type: string
                        allowed: [beginner]
                        required: true
                    kinds:
                      - name: Lesson
                        headings: [Goal]
                        sections:
                          Goal: ["whatever"]
                """);
        assertEquals(List.of(
                "3:3 config.unknown-rule unknown rule id or category 'nope.rule' under rules",
                "4:18 config.invalid-value rule 'index.minutes' must be error, warning, info or off, not 'sometimes'",
                "8:1 config.unknown-key unknown key 'colour' (known: excludes, links, rules, series, snippets, vocabulary)",
                "15:9 config.unknown-key unknown key 'required' (known: allowed, description, fixed, name, type)",
                "20:18 config.invalid-value cannot read the minimum 'whatever' for section 'Goal' (forms: 至少 N 條, N-M 個,"
                        + " 1-2 句話, 編號列表, 至少 N 個面向的比較, …)"),
                result.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.rule().id() + " " + p.message())
                        .toList());
        NotesConfig config = result.config();
        assertEquals(Map.of("links", Optional.empty(), "section.item-count", Optional.of(Severity.WARNING)), config.rules());
        assertEquals(List.of("drafts/**"), config.excludes());
        NotesConfig.SeriesAdditions lessons = config.series().get("lessons");
        assertEquals(List.of(new ValueConstraint.AllowedValues(List.of("beginner"))), lessons.fields().get(0).constraints());
        assertEquals(List.of("Goal"), lessons.kinds().get(0).headingTexts());
        assertEquals(List.of(), lessons.kinds().get(0).requirements());
    }

    @Test
    void linksResolutionIsObsidianOrGithub() {
        assertEquals(io.github.backendnotes.links.LinkResolution.GITHUB,
                parse("links:\n  resolution: GitHub\n").config().linkResolution());
        assertNull(parse("rules: {}\n").config().linkResolution());
        assertEquals(List.of("2:15 config.invalid-value links.resolution must be obsidian or github",
                        "3:3 config.unknown-key unknown key 'mode' (known: resolution)"),
                problems("links:\n  resolution: gitlab\n  mode: x\n"));
    }

    @Test
    void snippetsSection() {
        ConfigParser.Result result = parse("""
                snippets:
                  run: true
                  timeoutSeconds: 5
                  maxOutputBytes: 2048
                  allowDownloads: false
                  rust:
                    edition: "2021"
                    dependencies:
                      tokio: "1"
                      greeting: {path: vendor/greeting}
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(new io.github.backendnotes.model.SnippetSettings(true, 5, 2048, "2021", List.of(
                new io.github.backendnotes.model.SnippetSettings.Dependency("tokio", "1", null),
                new io.github.backendnotes.model.SnippetSettings.Dependency("greeting", null, "vendor/greeting")), false),
                result.config().snippets());
        assertEquals(io.github.backendnotes.model.SnippetSettings.DEFAULTS, parse("rules: {}\n").config().snippets());
    }

    @Test
    void badSnippetsValuesAreNamedAndTheDefaultsStand() {
        assertEquals(List.of(
                "2:8 config.invalid-value snippets.run must be true or false",
                "3:19 config.invalid-value snippets.timeoutSeconds must be a whole number from 1 to 3600",
                "4:3 config.unknown-key unknown key 'langs' (known: allowDownloads, maxOutputBytes, run, rust, timeoutSeconds)",
                "6:14 config.invalid-value snippets.rust.edition must be one of 2015, 2018, 2021, 2024",
                "8:14 config.invalid-value snippets.rust.dependencies: 'serde' must be a version (\"1\") or a mapping with a path ({path: vendor/serde})"),
                problems("""
                        snippets:
                          run: yes
                          timeoutSeconds: 0
                          langs: [go]
                          rust:
                            edition: 2023
                            dependencies:
                              serde: [1]
                        """));
    }
}

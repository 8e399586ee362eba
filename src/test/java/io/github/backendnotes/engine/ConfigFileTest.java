package io.github.backendnotes.engine;

import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.run.UnusableInput;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The engine run with a {@code .backend-notes.yml}: severities, excludes, series additions, a missing file. */
class ConfigFileTest {

    private static final String CONFIG = ".backend-notes.yml";

    @TempDir
    Path root;

    @BeforeEach
    void vault() {
        write(root, "lessons/README.md", "# Lessons\n");
        write(root, "lessons/quality_rubric.md", """
                # Lesson rubric

                ## Frontmatter

                | 欄位 | 型別 | 說明 |
                |---|---|---|
                | `level` | string | 固定為 `beginner` |
                | `topic` | string | 主題 |
                """);
        write(root, "lessons/01_first.md", """
                ---
                level: advanced
                topic: hooks
                ---
                # First

                ## Goal

                Learn. [Missing](nowhere.md)

                ## Steps

                - one
                """);
        write(root, "notes/empty.md", "");
        write(root, "drafts/empty.md", "");
    }

    @Test
    void withoutAConfigurationTheDefaultsApply() throws IOException {
        assertEquals(List.of(
                "drafts/empty.md:1:1: warning [parse.empty-file] file is empty",
                "lessons/01_first.md:2:8: error [frontmatter.fixed-value] field 'level' is 'advanced', expected 'beginner' (rubric: 固定為 `beginner`)",
                "lessons/01_first.md:9:8: error [links.broken] link 'nowhere.md' does not exist (resolved to 'lessons/nowhere.md')",
                "notes/empty.md:1:1: warning [parse.empty-file] file is empty"),
                full(verify(root).findings()));
    }

    @Test
    void categoryOff() throws IOException {
        write(root, CONFIG, "rules:\n  links: off\n");
        assertEquals(List.of(
                "drafts/empty.md:1:1: warning [parse.empty-file] file is empty",
                "lessons/01_first.md:2:8: error [frontmatter.fixed-value] field 'level' is 'advanced', expected 'beginner' (rubric: 固定為 `beginner`)",
                "notes/empty.md:1:1: warning [parse.empty-file] file is empty"),
                full(verify(root).findings()));
    }

    @Test
    void ruleIdRaisedAndItWinsOverItsCategory() throws IOException {
        write(root, CONFIG, "rules:\n  parse: info\n  parse.empty-file: error\n  frontmatter: warning\n");
        var result = verify(root);
        assertEquals(List.of(
                "drafts/empty.md:1:1: error [parse.empty-file] file is empty",
                "lessons/01_first.md:2:8: warning [frontmatter.fixed-value] field 'level' is 'advanced', expected 'beginner' (rubric: 固定為 `beginner`)",
                "lessons/01_first.md:9:8: error [links.broken] link 'nowhere.md' does not exist (resolved to 'lessons/nowhere.md')",
                "notes/empty.md:1:1: error [parse.empty-file] file is empty"),
                full(result.findings()));
        assertEquals(3, result.count(Severity.ERROR));
        assertEquals(1, result.count(Severity.WARNING));
    }

    @Test
    void excludesFromTheConfigurationAddToTheRequest() throws IOException {
        write(root, CONFIG, "excludes:\n  - drafts/**\n");
        var result = verify(request(root, "notes/**"));
        assertEquals(List.of(
                "lessons/01_first.md:2:8: error [frontmatter.fixed-value] field 'level' is 'advanced', expected 'beginner' (rubric: 固定為 `beginner`)",
                "lessons/01_first.md:9:8: error [links.broken] link 'nowhere.md' does not exist (resolved to 'lessons/nowhere.md')"),
                full(result.findings()));
        assertEquals(3, result.files()); // README, rubric, chapter; .backend-notes.yml is not Markdown
    }

    @Test
    void configuredFieldReplacesTheRubricRowOfTheSameName() throws IOException {
        write(root, CONFIG, """
                series:
                  lessons:
                    fields:
                      - name: level
                        allowed: [beginner, intermediate]
                """);
        var result = verify(root);
        assertEquals(List.of(
                "lessons/01_first.md:2:8: error [frontmatter.allowed-value] field 'level' is 'advanced', expected one of beginner, intermediate (configuration: one of [beginner, intermediate])"),
                full(result.findings().stream().filter(f -> f.ruleId().startsWith("frontmatter.")).toList()));
        Rubric rubric = result.series().get(0).rubric();
        assertEquals(List.of("topic", "level"), rubric.fields().stream().map(f -> f.name()).toList());
        assertEquals(new Rubric.RubricLine(4, ".backend-notes.yml: front matter `level`"),
                rubric.enforced().get(rubric.enforced().size() - 1));

        write(root, "lessons/01_first.md", "---\nlevel: intermediate\ntopic: hooks\n---\n# First\n");
        assertEquals(List.of(), verify(root).findings().stream().filter(f -> f.file().startsWith("lessons/")).toList());
    }

    @Test
    void configuredKindProducesStructureAndSectionFindings() throws IOException {
        write(root, CONFIG, """
                series:
                  lessons:
                    kinds:
                      - name: Lesson
                        headings: [Goal, Steps, Checklist]
                        sections:
                          Steps: ["至少 2 條"]
                """);
        var result = verify(root);
        assertEquals(List.of(
                "lessons/01_first.md:11:1: error [section.item-count] section 'Steps' has 1 item; rubric: 至少 2 條",
                "lessons/01_first.md:11:1: error [structure.missing-heading] missing heading 'Checklist' (Lesson: expected last, after 'Steps')"),
                full(result.findings().stream()
                        .filter(f -> f.ruleId().startsWith("section.") || f.ruleId().startsWith("structure.")).toList()));
        assertEquals(new Rubric.RubricLine(4, ".backend-notes.yml: chapter kind 'Lesson', 3 headings, 1 section minimums"),
                result.series().get(0).rubric().enforced().get(result.series().get(0).rubric().enforced().size() - 1));
    }

    @Test
    void seriesAdditionsByFolderPathOfANestedSeries() throws IOException {
        write(root, "course/react/README.md", "# React\n");
        write(root, "course/react/quality_rubric.md", "# React rubric\n\nProse only.\n");
        write(root, "course/react/01_intro.md", "---\nlevel: expert\n---\n# Intro\n");
        write(root, CONFIG, """
                series:
                  course/react:
                    fields:
                      - name: level
                        type: string
                        fixed: beginner
                  elsewhere:
                    fields:
                      - name: level
                        fixed: never
                """);
        assertEquals(List.of(
                "course/react/01_intro.md:2:8: error [frontmatter.fixed-value] field 'level' is 'expert', expected 'beginner' (configuration: fixed to `beginner`)"),
                full(verify(root).findings().stream().filter(f -> f.file().startsWith("course/")).toList()));
    }

    @Test
    void configurationProblemsAreFindingsAtTheirLinesAndTheRestStillApplies() throws IOException {
        write(root, CONFIG, "rules:\n  links: off\n  parse.emtpy-file: error\nexclude: [drafts/**]\n");
        assertEquals(List.of(
                ".backend-notes.yml:3:3: error [config.unknown-rule] unknown rule id or category 'parse.emtpy-file' under rules; did you mean 'parse.empty-file'?",
                ".backend-notes.yml:4:1: error [config.unknown-key] unknown key 'exclude' (known: excludes, links, rules, series, snippets, vocabulary); did you mean 'excludes'?",
                "drafts/empty.md:1:1: warning [parse.empty-file] file is empty",
                "lessons/01_first.md:2:8: error [frontmatter.fixed-value] field 'level' is 'advanced', expected 'beginner' (rubric: 固定為 `beginner`)",
                "notes/empty.md:1:1: warning [parse.empty-file] file is empty"),
                full(verify(root).findings()));
    }

    @Test
    void configSeveritiesApplyToTheRunButNotToTheFilesOwnProblems() throws IOException {
        write(root, CONFIG, "rules:\n  config: warning\n  links: off\n  nope: off\n");
        var result = verify(request(root).withDictionary("missing dictionary.md"));
        assertEquals(List.of(
                // read under the default severities: the file is validated before its rules apply
                ".backend-notes.yml:4:3: error [config.unknown-rule] unknown rule id or category 'nope' under rules",
                "missing dictionary.md:0:0: warning [config.dictionary-missing] the property dictionary 'missing dictionary.md' does not exist"),
                full(result.findings().stream().filter(f -> f.ruleId().startsWith("config.")).toList()));
    }

    @Test
    void namedConfigurationFileElsewhere() throws IOException {
        write(root, "ci/strict.yml", "rules:\n  parse.empty-file: error\n");
        write(root, CONFIG, "rules:\n  parse.empty-file: off\n"); // the default one is not read
        var result = verify(request(root, "drafts/**").withConfig("ci/strict.yml"));
        assertEquals(List.of("notes/empty.md:1:1: error [parse.empty-file] file is empty"),
                full(result.findings().stream().filter(f -> f.ruleId().startsWith("parse.")).toList()));
    }

    /** Additions for a series that is not there would apply to nothing: the name is reported, with the nearest. */
    @Test
    void unknownSeriesIsAFindingWithTheNearestName() throws IOException {
        write(root, CONFIG, """
                series:
                  lesson:
                    fields:
                      - name: level
                        allowed: [beginner]
                """);
        assertEquals(List.of(".backend-notes.yml:2:3: error [config.invalid-value] no series 'lesson' under series"
                + " (series: lessons); did you mean 'lessons'?"),
                full(verify(root).findings().stream().filter(f -> f.ruleId().startsWith("config.")).toList()));
    }

    /** A configuration the build names but that is not there stops the run, naming its path. */
    @Test
    void namedMissingConfigurationFileStopsTheRun() {
        UnusableInput stop = assertThrows(UnusableInput.class,
                () -> verify(request(root, "drafts/**").withConfig("ci/missing.yml")));
        assertEquals("the configuration file " + root.toAbsolutePath().normalize().resolve("ci/missing.yml")
                + " (backend-notes.config) does not exist", stop.getMessage());
    }

    @Test
    void namedConfigurationThatIsAFolderStopsTheRun() throws IOException {
        Files.createDirectories(root.resolve("ci/strict.yml"));
        UnusableInput stop = assertThrows(UnusableInput.class, () -> verify(request(root).withConfig("ci/strict.yml")));
        assertTrue(stop.getMessage().endsWith("ci/strict.yml (backend-notes.config) is a folder, not a file"),
                stop.getMessage());
    }

    @Test
    void missingDefaultConfigurationIsNoFinding() throws IOException {
        assertEquals(List.of(), verify(root).findings().stream().filter(f -> f.ruleId().startsWith("config.")).toList());
    }
}

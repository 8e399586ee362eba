package io.github.backendnotes.rules.frontmatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.knowledge;
import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.verifyRules;
import static io.github.backendnotes.TestVaults.write;
import static io.github.backendnotes.TestVaults.writeDictionary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The property dictionary through engine runs: required fields, allowed values, the tags rule, conditional
 * fields, a series rubric winning over the dictionary, templates, and the dictionary configuration.
 */
class DictionaryRulesTest {

    @TempDir
    Path root;

    @BeforeEach
    void dictionary() throws java.io.IOException {
        // an Obsidian vault: its wiki links are links
        java.nio.file.Files.createDirectories(root.resolve(".obsidian"));
        writeDictionary(root);
    }

    @Test
    void aCleanVaultHasNoFinding() throws IOException {
        write(root, "knowledge/db/joins.md", knowledge("db", "# Joins\n"));
        write(root, "knowledge/db/views.md", knowledge("db", "# Views\n\n[joins](joins.md)\n"));
        write(root, "knowledge/home.md", knowledge("db", "# Home\n\n[[views]]\n"));
        write(root, "knowledge/map.md", knowledge("db", "# Map\n\n[home](home.md)\n"));
        write(root, "knowledge/start.md", knowledge("db", "# Start\n\n[map](map.md) [start again](start.md)\n"));
        // start.md links only to itself and nobody links to it: an orphan, which is the one finding
        assertEquals(List.of("knowledge/start.md:0:0: info [links.orphan] no other note links to this note"),
                full(verify(root).findings()));
    }

    @Test
    void aMissingRequiredFieldNamesTheDictionary() throws IOException {
        write(root, "knowledge/no_status.md", """
                ---
                note_type: knowledge
                domain: db
                tags: [knowledge, db]
                ---
                # No status
                """);
        write(root, "knowledge/empty_domain.md", """
                ---
                note_type: knowledge
                domain:
                status: draft
                tags: [knowledge]
                ---
                # Empty domain
                """);
        write(root, "knowledge/bare.md", "# No front matter\n");
        assertEquals(List.of(
                "knowledge/bare.md:1:1: error [frontmatter.missing] note has no front matter; the property dictionary requires 4 fields (note_type, domain, status, tags)",
                "knowledge/empty_domain.md:3:1: error [frontmatter.required-field] field 'domain' is empty (dictionary: a string)",
                "knowledge/no_status.md:1:1: error [frontmatter.required-field] field 'status' is missing (dictionary: `draft`, `active`)"),
                full(verifyRules(root, "frontmatter.")));
    }

    @Test
    void aValueOutsideTheAllowedOnes() throws IOException {
        write(root, "knowledge/odd.md", """
                ---
                note_type: recipe
                domain: food
                status: done
                tags: [recipe, food]
                ---
                # Odd
                """);
        assertEquals(List.of(
                "knowledge/odd.md:2:12: error [frontmatter.allowed-value] field 'note_type' is 'recipe', expected one of knowledge, daily, briefing (dictionary: `knowledge`, `daily`, `briefing`)",
                "knowledge/odd.md:4:9: error [frontmatter.allowed-value] field 'status' is 'done', expected one of draft, active (dictionary: `draft`, `active`)"),
                full(verifyRules(root, "frontmatter.")));
    }

    @Test
    void tagsHoldTheNoteTypeAndTheDomainAsWrittenOrInKebabForm() throws IOException {
        write(root, "knowledge/neither.md", knowledge("db", "# Neither\n").replace("tags: [knowledge, db]", "tags: [misc]"));
        write(root, "knowledge/no_domain.md", knowledge("db", "# No domain\n").replace("tags: [knowledge, db]", "tags: [knowledge]"));
        write(root, "knowledge/kebab.md", knowledge("system_design", "# Kebab\n")
                .replace("tags: [knowledge, system_design]", "tags: [knowledge, system-design]"));
        write(root, "knowledge/as_written.md", knowledge("system_design", "# As written\n"));
        assertEquals(List.of(
                "knowledge/neither.md:5:1: error [frontmatter.required-tags] field 'tags' lacks 'knowledge' (from note_type), 'db' (from domain) (dictionary: Must include `note_type` and `domain`.)",
                "knowledge/no_domain.md:5:1: error [frontmatter.required-tags] field 'tags' lacks 'db' (from domain) (dictionary: Must include `note_type` and `domain`.)"),
                full(verifyRules(root, "frontmatter.")));
    }

    @Test
    void aConditionalFieldIsRequiredOnlyWhenItsConditionHolds() throws IOException {
        write(root, "inbox/2026-01-02_standup.md", """
                ---
                note_type: daily
                domain: work
                status: draft
                tags: [daily, work]
                ---
                # Standup
                """);
        write(root, "inbox/2026-01-03_digest.md", """
                ---
                note_type: briefing
                domain: news
                status: draft
                tags: [briefing, news]
                source:
                ---
                # Digest
                """);
        write(root, "inbox/2026-01-04_sourced.md", """
                ---
                note_type: briefing
                domain: news
                status: draft
                tags: [briefing, news]
                source: radio
                ---
                # Sourced
                """);
        // a knowledge note needs no source
        write(root, "knowledge/plain.md", knowledge("db", "# Plain\n"));
        assertEquals(List.of(
                "inbox/2026-01-02_standup.md:1:1: error [frontmatter.conditional-field] field 'source' is missing (dictionary: required when `note_type` in (`daily`, `briefing`))",
                "inbox/2026-01-03_digest.md:6:1: error [frontmatter.conditional-field] field 'source' is empty (dictionary: required when `note_type` in (`daily`, `briefing`))"),
                full(verifyRules(root, "frontmatter.")));
    }

    private void series(String dir, String rubricRow) {
        write(root, dir + "/README.md", knowledge("db", "# Series\n\n- [one](01_one.md)\n- [two](02_two.md)\n"));
        write(root, dir + "/quality_rubric.md", knowledge("db", """
                # Rubric

                ## Frontmatter Requirements

                | field | type | description |
                |---|---|---|
                """ + rubricRow + "\n"));
    }

    private static String lesson(String noteType, String title) {
        return "---\nnote_type: " + noteType + "\ndomain: db\nstatus: active\ntags: [" + noteType + ", db]\n---\n# "
                + title + "\n";
    }

    @Test
    void aChapterIsJudgedByItsRubricWhereTheRubricFixesAFieldDifferently() throws IOException {
        series("knowledge/course", "| `note_type` | string | fixed as `lesson` |");
        write(root, "knowledge/course/01_one.md", lesson("lesson", "One"));
        write(root, "knowledge/course/02_two.md", lesson("lesson", "Two"));
        // outside the series the dictionary still rules
        write(root, "knowledge/stray.md", lesson("lesson", "Stray"));
        assertEquals(List.of(
                "knowledge/course/quality_rubric.md:13:1: info [rubric.overrides-dictionary] for note_type this rubric and the property dictionary disagree; the rubric's rules apply inside the series",
                "knowledge/stray.md:2:12: error [frontmatter.allowed-value] field 'note_type' is 'lesson', expected one of knowledge, daily, briefing (dictionary: `knowledge`, `daily`, `briefing`)"),
                full(verify(root).findings().stream().filter(f -> f.ruleId().startsWith("frontmatter.")
                        || f.ruleId().startsWith("rubric.")).toList()));
    }

    @Test
    void aChapterBreakingItsRubricIsToldSoByTheRubricNotTheDictionary() throws IOException {
        series("knowledge/course", "| `note_type` | string | fixed as `lesson` |");
        write(root, "knowledge/course/01_one.md", lesson("knowledge", "One"));
        write(root, "knowledge/course/02_two.md", lesson("lesson", "Two"));
        assertEquals(List.of(
                "knowledge/course/01_one.md:2:12: error [frontmatter.fixed-value] field 'note_type' is 'knowledge', expected 'lesson' (rubric: fixed as `lesson`)"),
                full(verifyRules(root, "frontmatter.")));
    }

    @Test
    void aRubricNarrowingTheDictionaryIsNoDisagreement() throws IOException {
        series("knowledge/course", "| `status` | string | fixed as `active` |");
        write(root, "knowledge/course/01_one.md", lesson("knowledge", "One"));
        write(root, "knowledge/course/02_two.md", lesson("knowledge", "Two"));
        assertEquals(List.of(), full(verifyRules(root, "rubric.")));
        assertEquals(List.of(), full(verifyRules(root, "frontmatter.")));
    }

    @Test
    void aRubricDroppingTheDictionarysTagRuleDisagrees() throws IOException {
        series("knowledge/course", "| `status` | string | `draft` / `active` / `retired` |\n| `tags` | list | at least `db` |");
        write(root, "knowledge/course/01_one.md", lesson("knowledge", "One").replace("tags: [knowledge, db]", "tags: [db]"));
        write(root, "knowledge/course/02_two.md", lesson("knowledge", "Two").replace("status: active", "status: retired"));
        assertEquals(List.of(
                "knowledge/course/quality_rubric.md:13:1: info [rubric.overrides-dictionary] for status, tags this rubric and the property dictionary disagree; the rubric's rules apply inside the series"),
                full(verifyRules(root, "rubric.")));
        assertEquals(List.of(), full(verifyRules(root, "frontmatter.")));
    }

    @Test
    void templatesAndPromptsGetOnlyTheirLinksChecked() throws IOException {
        write(root, "INDEX.md", knowledge("vault", "# Index\n\n- [real](knowledge/real.md)\n"));
        write(root, "knowledge/real.md", knowledge("db", "# Real\n"));
        write(root, "system/templates/Weekly Plan.md", "# {{title}}\n\nnote_type: {{type}}\n\n[next](Next Week.md)\n");
        write(root, "system/prompts/Ask Me.md", "---\nnote_type: {{type}}\n---\n# Prompt\n");
        write(root, "templates/top.md", "# Top-level template\n\n[gone](gone.md)\n");
        assertEquals(List.of(
                "system/templates/Weekly Plan.md:5:1: error [links.broken] link 'Next Week.md' does not exist: tried"
                        + " 'system/templates/Next Week.md' (relative to the note), 'Next Week.md' (from the vault root)"
                        + " and the name 'Next Week' anywhere in the vault",
                "templates/top.md:3:1: error [links.broken] link 'gone.md' does not exist: tried 'templates/gone.md'"
                        + " (relative to the note), 'gone.md' (from the vault root) and the name 'gone' anywhere in the"
                        + " vault"),
                full(verify(root).findings().stream().filter(f -> !f.ruleId().equals("naming.top-level-folder")).toList()));
        assertEquals(1, verify(root).indexCoverage().total());
    }

    @Test
    void templateGlobsCanBeOverridden() throws IOException {
        write(root, "INDEX.md", knowledge("vault", "# Index\n\n- [real](knowledge/real.md)\n"));
        write(root, "knowledge/real.md", knowledge("db", "# Real\n"));
        write(root, "system/templates/plan.md", "# {{title}}\n");
        write(root, "system/prompts/Ask Me.md", "# Prompt\n");
        assertEquals(List.of(
                "system/prompts/Ask Me.md:0:0: info [index.not-in-index] 'INDEX.md' does not link to this note",
                "system/prompts/Ask Me.md:0:0: info [links.orphan] no other note links to this note",
                "system/prompts/Ask Me.md:1:1: error [frontmatter.missing] note has no front matter; the property dictionary requires 4 fields (note_type, domain, status, tags)",
                "system/prompts/Ask Me.md:1:1: warning [naming.file-name] file name 'Ask Me.md' is not snake_case (dictionary naming rules)"),
                full(verify(request(root).withTemplates(List.of("**/templates/**"))).findings()));
    }

    @Test
    void aNamedDictionaryThatDoesNotExistIsAConfigurationError() throws IOException {
        write(root, "knowledge/Bare Note.md", "# No front matter\n");
        var result = verify(request(root).withDictionary("rules/conventions.md"));
        assertEquals(List.of(
                "rules/conventions.md:0:0: error [config.dictionary-missing] the property dictionary 'rules/conventions.md' does not exist"),
                full(result.findings()));
        assertNull(result.dictionary());
    }

    @Test
    void aNamedDictionaryElsewhereIsRead() throws IOException {
        write(root, "system/conventions.md", """
                ## Required for all notes

                | property | type | allowed | notes |
                |---|---|---|---|
                | `owner` | Text | any | |
                """);
        write(root, "knowledge/real.md", knowledge("db", "# Real\n\n[conventions](../system/conventions.md)\n"));
        var result = verify(request(root).withDictionary("system/conventions.md"));
        assertNotNull(result.dictionary());
        assertEquals("system/conventions.md", result.dictionary().file());
        assertEquals(List.of(
                "Property Dictionary.md:0:0: info [links.orphan] no other note links to this note",
                "Property Dictionary.md:1:1: error [frontmatter.required-field] field 'owner' is missing (dictionary: a string)",
                "knowledge/real.md:0:0: info [links.orphan] no other note links to this note",
                "knowledge/real.md:1:1: error [frontmatter.required-field] field 'owner' is missing (dictionary: a string)",
                "system/conventions.md:1:1: error [frontmatter.missing] note has no front matter; the property dictionary requires 1 field (owner)"),
                full(result.findings()));
    }
}

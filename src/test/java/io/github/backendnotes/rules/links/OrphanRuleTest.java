package io.github.backendnotes.rules.links;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.knowledge;
import static io.github.backendnotes.TestVaults.verifyRules;
import static io.github.backendnotes.TestVaults.write;
import static io.github.backendnotes.TestVaults.writeDictionary;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** links.orphan through engine runs, and "[text](My Note.md)" links, which Obsidian follows. */
class OrphanRuleTest {

    @TempDir
    Path root;

    @BeforeEach
    void notes() throws IOException {
        // an Obsidian vault, where wiki links are links
        java.nio.file.Files.createDirectories(root.resolve(".obsidian"));
        write(root, "knowledge/README.md", "# Knowledge\n\n- [hub](hub.md)\n");
        write(root, "knowledge/hub.md", knowledge("db", """
                # Hub

                - [spaced](My Note.md)
                - [[wiki_target]]
                - `[not a link](code_span.md)`

                ```text
                [not a link either](in_code.md)
                ```
                """));
        write(root, "knowledge/My Note.md", knowledge("db", "# Spaced\n"));
        write(root, "knowledge/wiki_target.md", knowledge("db", "# Wiki target\n"));
        write(root, "knowledge/lonely.md", knowledge("db", "# Lonely\n\n[myself](lonely.md) and [hub](hub.md)\n"));
        write(root, "knowledge/code_span.md", knowledge("db", "# Only named in code\n"));
        write(root, "knowledge/in_code.md", knowledge("db", "# Only named in code\n"));
        write(root, "system/templates/tpl.md", "# Template\n\n[lonely](../../knowledge/lonely.md)\n");
    }

    @Test
    void notesNobodyLinksToAtAVaultRootWithADictionary() throws IOException {
        writeDictionary(root);
        assertEquals(List.of(
                "knowledge/code_span.md:0:0: info [links.orphan] no other note links to this note",
                "knowledge/in_code.md:0:0: info [links.orphan] no other note links to this note",
                "knowledge/lonely.md:0:0: info [links.orphan] no other note links to this note"),
                full(verifyRules(root, "links.")));
    }

    @Test
    void aLinkFromATemplateDoesNotAdoptANote() throws IOException {
        writeDictionary(root);
        write(root, "knowledge/hub.md", knowledge("db", "# Hub\n\n[lonely](lonely.md)\n"));
        assertEquals(List.of("knowledge/My Note.md", "knowledge/code_span.md", "knowledge/in_code.md",
                        "knowledge/wiki_target.md"),
                verifyRules(root, "links.orphan").stream().map(f -> f.file()).toList());
    }

    @Test
    void theDictionaryAndTemplatesAreNotOrphans() throws IOException {
        writeDictionary(root);
        write(root, "system/prompts/ask.md", "# Prompt nobody links to\n");
        assertEquals(List.of("knowledge/code_span.md", "knowledge/in_code.md", "knowledge/lonely.md"),
                verifyRules(root, "links.orphan").stream().map(f -> f.file()).toList());
    }

    @Test
    void aRootIndexAloneMakesAVaultRoot() throws IOException {
        write(root, "INDEX.md", "# Index\n\n- [hub](knowledge/hub.md)\n");
        assertEquals(List.of(
                "knowledge/code_span.md:0:0: info [links.orphan] no other note links to this note",
                "knowledge/in_code.md:0:0: info [links.orphan] no other note links to this note",
                "knowledge/lonely.md:0:0: info [links.orphan] no other note links to this note"),
                full(verifyRules(root, "links.orphan")));
    }

    @Test
    void noOrphansWithoutADictionaryOrARootIndex() throws IOException {
        write(root, "knowledge/INDEX.md", "# Not at the root\n");
        assertEquals(List.of(), full(verifyRules(root, "links.orphan")));
    }

    @Test
    void aBrokenSpacedLinkIsReportedWhereItIsWritten() throws IOException {
        Files.delete(root.resolve("knowledge/My Note.md"));
        write(root, "knowledge/other.md", "# Other\n\nSee **this** and [gone](No Such Note.md) too.\n");
        assertEquals(List.of(
                "knowledge/hub.md:9:3: error [links.broken] link 'My Note.md' does not exist: tried 'knowledge/My Note.md'"
                        + " (relative to the note), 'My Note.md' (from the vault root) and the name 'My Note' anywhere"
                        + " in the vault",
                "knowledge/other.md:3:18: error [links.broken] link 'No Such Note.md' does not exist: tried"
                        + " 'knowledge/No Such Note.md' (relative to the note), 'No Such Note.md' (from the vault root)"
                        + " and the name 'No Such Note' anywhere in the vault"),
                full(verifyRules(root, "links.broken")));
    }
}

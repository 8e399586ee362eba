package io.github.backendnotes.rules.naming;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.knowledge;
import static io.github.backendnotes.TestVaults.verifyRules;
import static io.github.backendnotes.TestVaults.write;
import static io.github.backendnotes.TestVaults.writeBytes;
import static io.github.backendnotes.TestVaults.writeDictionary;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** naming.file-name and naming.top-level-folder through engine runs under {@code TestVaults.DICTIONARY}. */
class NamingRulesTest {

    @TempDir
    Path root;

    @BeforeEach
    void dictionary() {
        writeDictionary(root);
    }

    private static String dated(String noteType) {
        return "---\nnote_type: " + noteType + "\ndomain: news\nstatus: draft\ntags: [" + noteType
                + ", news]\nsource: radio\n---\n# Dated\n";
    }

    @Test
    void snakeCaseNames() throws IOException {
        write(root, "knowledge/good_name_2.md", knowledge("db", "# Good\n"));
        write(root, "knowledge/plain.md", knowledge("db", "# Plain\n"));
        write(root, "knowledge/CamelCase.md", knowledge("db", "# Camel\n"));
        write(root, "knowledge/kebab-name.md", knowledge("db", "# Kebab\n"));
        write(root, "knowledge/Spaced Name.md", knowledge("db", "# Spaced\n"));
        write(root, "knowledge/double__underscore.md", knowledge("db", "# Double\n"));
        write(root, "knowledge/trailing_.md", knowledge("db", "# Trailing\n"));
        assertEquals(List.of(
                "knowledge/CamelCase.md:1:1: warning [naming.file-name] file name 'CamelCase.md' is not snake_case (dictionary naming rules)",
                "knowledge/Spaced Name.md:1:1: warning [naming.file-name] file name 'Spaced Name.md' is not snake_case (dictionary naming rules)",
                "knowledge/double__underscore.md:1:1: warning [naming.file-name] file name 'double__underscore.md' is not snake_case (dictionary naming rules)",
                "knowledge/kebab-name.md:1:1: warning [naming.file-name] file name 'kebab-name.md' is not snake_case (dictionary naming rules)",
                "knowledge/trailing_.md:1:1: warning [naming.file-name] file name 'trailing_.md' is not snake_case (dictionary naming rules)"),
                full(verifyRules(root, "naming.file-name")));
    }

    @Test
    void datedNamesForTheNoteTypesTheDictionaryNames() throws IOException {
        write(root, "inbox/2026-01-02_topic.md", dated("briefing"));
        write(root, "inbox/2026-01-03_long_topic_slug.md", dated("daily"));
        write(root, "inbox/2026_01_02_topic.md", dated("briefing"));
        write(root, "inbox/standup.md", dated("daily"));
        write(root, "inbox/2026-01-04.md", dated("daily"));
        // a knowledge note is held to snake_case, which a date with dashes is not
        write(root, "knowledge/2026-01-02_topic.md", knowledge("db", "# Dated knowledge\n"));
        assertEquals(List.of(
                "inbox/2026-01-04.md:1:1: warning [naming.file-name] file name '2026-01-04.md' of a daily note is not YYYY-MM-DD_topic_slug.md (dictionary naming rules)",
                "inbox/2026_01_02_topic.md:1:1: warning [naming.file-name] file name '2026_01_02_topic.md' of a briefing note is not YYYY-MM-DD_topic_slug.md (dictionary naming rules)",
                "inbox/standup.md:1:1: warning [naming.file-name] file name 'standup.md' of a daily note is not YYYY-MM-DD_topic_slug.md (dictionary naming rules)",
                "knowledge/2026-01-02_topic.md:1:1: warning [naming.file-name] file name '2026-01-02_topic.md' is not snake_case (dictionary naming rules)"),
                full(verifyRules(root, "naming.file-name")));
    }

    @Test
    void readmesIndexFilesAndTheDictionaryAreExempt() throws IOException {
        write(root, "INDEX.md", knowledge("vault", "# Index\n"));
        write(root, "knowledge/README.md", knowledge("db", "# Readme\n"));
        write(root, "inbox/Readme.md", knowledge("db", "# Readme\n"));
        write(root, "inbox/index.md", knowledge("db", "# Index\n"));
        assertEquals(List.of(), full(verifyRules(root, "naming.file-name")));
    }

    @Test
    void withoutNamingRulesAnyNameGoes() throws IOException {
        write(root, "Property Dictionary.md", """
                ## Required for all notes

                | property | type | allowed | notes |
                |---|---|---|---|
                | `note_type` | Text | any | |
                """);
        write(root, "Odd Folder/Odd Name.md", "---\nnote_type: briefing\n---\n# Odd\n");
        assertEquals(List.of(), full(verifyRules(root, "naming.")));
    }

    @Test
    void topLevelFoldersOutsideTheLayout() throws IOException {
        write(root, "knowledge/deep/nested/note.md", knowledge("db", "# Deep\n"));
        write(root, "inbox/note.md", knowledge("db", "# Inbox\n"));
        write(root, "archive/old.md", knowledge("db", "# Old\n"));
        writeBytes(root, "attachments/pic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        write(root, "scratch/deeper/only_here.md", knowledge("db", "# Deeper\n"));
        write(root, ".obsidian/workspace.json", "{}");
        write(root, "root_note.md", knowledge("db", "# At the root\n"));
        assertEquals(List.of(
                "Property Dictionary.md:0:0: info [naming.top-level-folder] top-level folder 'archive' is not in the dictionary's folder layout [inbox, knowledge, system]",
                "Property Dictionary.md:0:0: info [naming.top-level-folder] top-level folder 'attachments' is not in the dictionary's folder layout [inbox, knowledge, system]",
                "Property Dictionary.md:0:0: info [naming.top-level-folder] top-level folder 'scratch' is not in the dictionary's folder layout [inbox, knowledge, system]"),
                full(verifyRules(root, "naming.top-level-folder")));
    }
}

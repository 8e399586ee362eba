package io.github.backendnotes.links;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkModesTest {

    @TempDir
    Path dir;

    @Test
    void anObsidianFolderAtTheRootOrAboveMakesAnObsidianVault() throws IOException {
        Files.createDirectories(dir.resolve("vault/.obsidian"));
        Files.writeString(dir.resolve("vault/.obsidian/app.json"), "{\n  \"useMarkdownLinks\": true\n}\n");
        Files.createDirectories(dir.resolve("vault/notes"));
        LinkMode atRoot = LinkModes.detect(dir.resolve("vault"));
        assertEquals(LinkResolution.OBSIDIAN, atRoot.resolution());
        assertTrue(atRoot.markdownLinks());
        assertEquals("an Obsidian vault: .obsidian/ at the notes root (its app.json makes Markdown links the vault's"
                + " convention)", atRoot.reason());
        LinkMode below = LinkModes.detect(dir.resolve("vault/notes"));
        assertEquals(LinkResolution.OBSIDIAN, below.resolution());
        assertEquals("an Obsidian vault: .obsidian/ in .. from the notes root (its app.json makes Markdown links the"
                + " vault's convention)", below.reason());
    }

    @Test
    void aGitignoreLeavingOutObsidiansSettingsMakesAnObsidianVault() throws IOException {
        Files.writeString(dir.resolve(".gitignore"), ".DS_Store\n.obsidian\n");
        LinkMode mode = LinkModes.detect(dir);
        assertEquals(LinkResolution.OBSIDIAN, mode.resolution());
        assertFalse(mode.markdownLinks());
    }

    @Test
    void anythingElseIsReadOnGithubAndTheRepositoryRootEndsTheSearch() throws IOException {
        Files.createDirectories(dir.resolve(".obsidian"));
        Files.createDirectories(dir.resolve("repo/.git"));
        assertEquals(LinkResolution.GITHUB, LinkModes.detect(dir.resolve("repo")).resolution());
    }

    @Test
    void theParameterWinsOverTheConfigurationWhichWinsOverTheFolder() throws IOException {
        Files.createDirectories(dir.resolve(".obsidian"));
        assertEquals(LinkResolution.GITHUB, LinkModes.choose(LinkResolution.GITHUB, LinkResolution.OBSIDIAN, dir)
                .resolution());
        LinkMode configured = LinkModes.choose(null, LinkResolution.GITHUB, dir);
        assertEquals(LinkResolution.GITHUB, configured.resolution());
        assertEquals("chosen by links.resolution in the configuration", configured.reason());
        assertEquals(LinkResolution.OBSIDIAN, LinkModes.choose(null, null, dir).resolution());
    }

    @Test
    void namesAreReadInAnyCase() {
        assertEquals(LinkResolution.OBSIDIAN, LinkResolution.named(" Obsidian ").orElseThrow());
        assertEquals(LinkResolution.GITHUB, LinkResolution.named("GITHUB").orElseThrow());
        assertTrue(LinkResolution.named("gitlab").isEmpty());
    }
}

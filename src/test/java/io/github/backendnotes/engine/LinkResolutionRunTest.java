package io.github.backendnotes.engine;

import io.github.backendnotes.links.LinkResolution;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.run.RunResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The run's link resolution: chosen by the parameter, the configuration or the notes root, and said in the result. */
class LinkResolutionRunTest {

    @TempDir
    Path root;

    @BeforeEach
    void vault() throws IOException {
        Files.createDirectories(root.resolve(".obsidian"));
        write(root, "notes/a.md", "# A\n\n[[b#Part]] and [b](b)\n");
        write(root, "notes/b.md", "# B\n\n## Part\n");
    }

    private static List<String> links(RunResult result) {
        return result.findings().stream().filter(f -> f.ruleId().startsWith("links."))
                .map(Finding::message).toList();
    }

    @Test
    void anObsidianVaultResolvesByObsidiansRules() throws IOException {
        RunResult result = verify(request(root));
        assertEquals(LinkResolution.OBSIDIAN, result.linkMode().resolution());
        assertEquals("an Obsidian vault: .obsidian/ at the notes root", result.linkMode().reason());
        assertEquals(List.of(), links(result));
    }

    @Test
    void theConfigurationAndTheParameterChooseOtherwise() throws IOException {
        write(root, ".backend-notes.yml", "links:\n  resolution: github\n");
        RunResult configured = verify(request(root));
        assertEquals(LinkResolution.GITHUB, configured.linkMode().resolution());
        assertEquals(List.of("link 'b' does not exist (resolved to 'notes/b'); the note is 'notes/b.md': Obsidian"
                + " finds it without .md, GitHub does not"), links(configured));
        RunResult chosen = verify(request(root).withLinkResolution(LinkResolution.OBSIDIAN));
        assertEquals(LinkResolution.OBSIDIAN, chosen.linkMode().resolution());
        assertEquals("chosen by the linkResolution parameter", chosen.linkMode().reason());
        assertEquals(List.of(), links(chosen));
    }
}

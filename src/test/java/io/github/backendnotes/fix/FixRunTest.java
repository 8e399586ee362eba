package io.github.backendnotes.fix;

import io.github.backendnotes.TestVaults;
import io.github.backendnotes.engine.Engine;
import io.github.backendnotes.model.Rule;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goal's run as a whole: the dry run, the second run, changedSince, and the fixers' rule ids. */
class FixRunTest {

    private static final String CHAPTER = "lab/net/01_links.md";

    @Test
    void dryRunPrintsAUnifiedDiffAndChangesNothing(@TempDir Path root) {
        FixVault.create(root);
        String before = FixVault.frontMatter("net", "01").replace("note_type: knowledge", "note_type: draft") + "# Links\n";
        TestVaults.write(root, CHAPTER, before);
        FixRun.Outcome outcome = FixVault.fix(root, true);
        assertEquals(before, FixVault.read(root, CHAPTER));
        assertEquals(List.of("--- a/lab/net/01_links.md", "+++ b/lab/net/01_links.md", "@@ -1,6 +1,6 @@", " ---",
                " title: \"Chapter 01\"", "-note_type: draft", "+note_type: knowledge", " category: net",
                " tags: [lab, net]", " chapter: \"01\""), outcome.diff());
        assertEquals(1, outcome.fixed().get("frontmatter.fixed-value"));
    }

    @Test
    void aSecondRunChangesNothing(@TempDir Path root) {
        FixVault.create(root);
        TestVaults.write(root, CHAPTER, FixVault.frontMatter("net", "01").replace("source: lab", "source: web")
                .replace("chapter: \"01\"", "chapter: \"09\"") + "# Links\n");
        assertEquals(1, FixVault.fix(root, false).passes().size());
        String once = FixVault.read(root, CHAPTER);
        assertEquals(List.of(), FixVault.fix(root, false).passes());
        assertEquals(once, FixVault.read(root, CHAPTER));
    }

    @Test
    void withChangedSinceOnlyChangedNotesAreFixed(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("notes");
        FixVault.create(root);
        String wrong = FixVault.frontMatter("disk", "03").replace("note_type: knowledge", "note_type: draft") + "# B\n";
        TestVaults.write(root, "lab/disk/03_blocks.md", wrong);
        git(root, "init", "-q");
        git(root, "add", ".");
        git(root, "commit", "-q", "-m", "notes");
        String changed = FixVault.frontMatter("net", "01").replace("note_type: knowledge", "note_type: draft") + "# A\n";
        TestVaults.write(root, CHAPTER, changed);
        RunRequest request = RunRequest.of(root, List.of()).withChangedSince("HEAD");
        RunResult first = new Engine().run(request);
        FixRun.run(first, () -> new Engine().run(request), false);
        assertEquals(changed.replace("note_type: draft", "note_type: knowledge"), FixVault.read(root, CHAPTER));
        assertEquals(wrong, FixVault.read(root, "lab/disk/03_blocks.md"), "an unchanged note is not fixed");
    }

    @Test
    void everyFixerFixesARuleOfTheCatalog() {
        List<String> ids = RuleCatalog.all().stream().map(Rule::id).toList();
        List<String> unknown = new ArrayList<>(FixPlan.ruleIds());
        unknown.removeAll(ids);
        assertEquals(List.of(), unknown);
        assertTrue(FixPlan.ruleIds().size() >= 10);
    }

    private static void git(Path root, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }
}

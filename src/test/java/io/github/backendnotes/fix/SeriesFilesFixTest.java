package io.github.backendnotes.fix;

import io.github.backendnotes.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixes outside front matter: the rubric's Scope, the matrix count, the README label, a Mermaid fence. */
class SeriesFilesFixTest {

    @Test
    void scopeGainsAMissingNumberedFileInNumberOrder(@TempDir Path root) {
        FixVault.create(root);
        TestVaults.write(root, "lab/net/02_frames.md", FixVault.frontMatter("net", "02") + "# Frames\n");
        TestVaults.write(root, "lab/disk/04_pages.md", FixVault.frontMatter("disk", "04") + "# Pages\n");
        FixRun.Outcome outcome = FixVault.fix(root, false);
        assertEquals(FixVault.RUBRIC.replace("- `disk/03_blocks.md`\n",
                "- `net/02_frames.md`\n- `disk/03_blocks.md`\n- `disk/04_pages.md`\n"),
                FixVault.read(root, "lab/quality_rubric.md"));
        assertEquals(2, outcome.fixed().get("rubric.not-in-scope"));
        assertEquals(List.of(), FixVault.findings(root, "rubric.not-in-scope"));
    }

    @Test
    void scopeEntriesAddedAtOnePlaceComeInNumberOrderAcrossFolders(@TempDir Path root) {
        FixVault.create(root);
        TestVaults.write(root, "lab/disk/05_pages.md", FixVault.frontMatter("disk", "05") + "# Pages\n");
        TestVaults.write(root, "lab/net/04_frames.md", FixVault.frontMatter("net", "04") + "# Frames\n");
        FixVault.fix(root, false);
        assertEquals(FixVault.RUBRIC.replace("- `disk/03_blocks.md`\n",
                "- `disk/03_blocks.md`\n- `net/04_frames.md`\n- `disk/05_pages.md`\n"),
                FixVault.read(root, "lab/quality_rubric.md"));
    }

    @Test
    void aFileTheScopeFixMakesAChapterIsFixedUnderItsRubricOnTheNextPass(@TempDir Path root) {
        FixVault.create(root);
        // the dictionary asks every note's tags to hold its note_type; the rubric, which wins for a chapter, does not
        TestVaults.write(root, "Property Dictionary.md", "# Properties\n\n## Required for all notes\n\n"
                + "| property | type | allowed | notes |\n|---|---|---|---|\n"
                + "| `note_type` | Text | any | |\n| `tags` | List | any | Must include `note_type`. |\n");
        String frames = FixVault.frontMatter("net", "02").replace("note_type: knowledge", "note_type: draft") + "# Frames\n";
        TestVaults.write(root, "lab/net/02_frames.md", frames);
        FixRun.Outcome outcome = FixVault.fix(root, false);
        assertEquals(frames.replace("note_type: draft", "note_type: knowledge"), FixVault.read(root, "lab/net/02_frames.md"));
        assertEquals(2, outcome.passes().size());
    }

    @Test
    void matrixFolderCountIsTheRunsCount(@TempDir Path root) {
        FixVault.create(root);
        TestVaults.write(root, "lab/coverage_matrix.md", FixVault.MATRIX.replace("(1 file)", "(7 files)"));
        FixVault.fix(root, false);
        assertEquals(FixVault.MATRIX, FixVault.read(root, "lab/coverage_matrix.md").replace("(1 files)", "(1 file)"));
        assertEquals(List.of(), FixVault.findings(root, "coverage.folder-count"));
    }

    @Test
    void chapterListLineGetsTheLabelOfItsPriorityGroup(@TempDir Path root) {
        FixVault.create(root);
        TestVaults.write(root, "lab/readme.md", FixVault.README.replace("- 可跳讀 - 30 min", "- 必讀 - 30 min"));
        FixVault.fix(root, false);
        assertEquals(FixVault.README, FixVault.read(root, "lab/readme.md"));
    }

    @Test
    void chapterListLineWithoutLabelGetsOneAfterItsLink(@TempDir Path root) {
        FixVault.create(root);
        TestVaults.write(root, "lab/readme.md", FixVault.README.replace(" - 可跳讀 - 30 min", " - 30 min"));
        FixVault.fix(root, false);
        assertEquals(FixVault.README, FixVault.read(root, "lab/readme.md"));
    }

    @Test
    void aMermaidDiagramGetsItsLanguageAndOtherFencesStayFindings(@TempDir Path root) {
        FixVault.create(root);
        String body = "# Links\n\n```\nflowchart LR\n  A --> B\n```\n\n```\nsend(frame)\n```\n";
        TestVaults.write(root, "lab/net/01_links.md", FixVault.frontMatter("net", "01") + body);
        FixRun.Outcome outcome = FixVault.fix(root, false);
        assertEquals(FixVault.frontMatter("net", "01") + body.replaceFirst("```\nflowchart", "```mermaid\nflowchart"),
                FixVault.read(root, "lab/net/01_links.md"));
        assertEquals(1, outcome.fixed().get("code.language-tag"));
        assertEquals(1, FixVault.findings(root, "code.language-tag").size(), "the snippet's language is not certain");
    }

    @Test
    void mermaidIsRecognisedOnlyByItsDeclarations() {
        assertTrue(FenceFixer.isMermaid("%% a comment\nsequenceDiagram\n  A->>B: hi\n"));
        assertTrue(FenceFixer.isMermaid("graph TD\n  A --> B\n"));
        assertTrue(FenceFixer.isMermaid("pie title Share\n"));
        assertEquals(false, FenceFixer.isMermaid("graph = build(nodes)\n"));
        assertEquals(false, FenceFixer.isMermaid("pie chart of costs\n"));
        assertEquals(false, FenceFixer.isMermaid("\n\n"));
    }
}

package io.github.backendnotes.fix;

import io.github.backendnotes.TestVaults;
import io.github.backendnotes.engine.Engine;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small series on disk for the fix tests: folder {@code lab} with a rubric whose table fixes, enumerates and
 * requires values, a README with priority groups and a chapter list, and a coverage matrix; the tests add the
 * chapters. {@link #fix} runs the engine and the fix passes as the goal does.
 */
final class FixVault {

    static final String RUBRIC = """
            # Lab Rubric

            ## Scope

            - `net/01_links.md`
            - `disk/03_blocks.md`

            ## Frontmatter Requirements

            | Field | Type | Description |
            |---|---|---|
            | `title` | string | the chapter's title |
            | `note_type` | string | fixed to `knowledge` |
            | `category` | string | `net` / `disk` |
            | `tags` | list | at least `lab`, category |
            | `chapter` | string | two-digit string |
            | `updated` | date | last update |
            | `review_interval_days` | int | days between reviews |
            | `next_review` | date | next review |
            | `source` | string | fixed to `lab` |

            ## Code Snippet Standards

            - Code block language tag required (bash / go)
            """;

    static final String README = """
            # Lab

            ## Reading Priority

            - Must-read (`必讀`): `01`
            - Skippable (`可跳讀`): `03`

            ## Chapters

            - [01_links](net/01_links.md) - 必讀 - 30 min
            - [03_blocks](disk/03_blocks.md) - 可跳讀 - 30 min
            """;

    static final String MATRIX = """
            # Lab Coverage

            | Area | Topic | Coverage Files | Status |
            |---|---|---|---|
            | Links | Wires | `net/` (1 file) | Done |
            | Blocks | Sectors | `disk/03_blocks.md` | Done |
            """;

    /** A chapter's front matter that meets the rubric, for {@code folder/NN_name.md}. */
    static String frontMatter(String folder, String number) {
        return "---\ntitle: \"Chapter " + number + "\"\nnote_type: knowledge\ncategory: " + folder
                + "\ntags: [lab, " + folder + "]\nchapter: \"" + number + "\"\nupdated: 2026-01-10\n"
                + "review_interval_days: 30\nnext_review: 2026-02-09\nsource: lab\n---\n";
    }

    private FixVault() {
    }

    /** The series with its two chapters meeting the rubric; a test overwrites what it breaks. */
    static Path create(Path root) {
        TestVaults.write(root, "lab/quality_rubric.md", RUBRIC);
        TestVaults.write(root, "lab/readme.md", README);
        TestVaults.write(root, "lab/coverage_matrix.md", MATRIX);
        TestVaults.write(root, "lab/net/01_links.md", frontMatter("net", "01") + "# Links\n\nText.\n");
        TestVaults.write(root, "lab/disk/03_blocks.md", frontMatter("disk", "03") + "# Blocks\n\nText.\n");
        return root;
    }

    static RunResult check(Path root) {
        try {
            return new Engine().run(RunRequest.of(root, List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FixRun.Outcome fix(Path root, boolean dryRun) {
        try {
            return FixRun.run(check(root), () -> check(root), dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path root, String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run's findings of one rule. */
    static List<Finding> findings(Path root, String ruleId) {
        return check(root).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}

package io.github.backendnotes.scaffold;

import io.github.backendnotes.engine.Engine;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.run.RunRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small series to add chapters to: a README with batches, estimates, priorities and a chapter list by folder, a
 * rubric with a front-matter table, two chapter kinds and a Scope list, and a coverage matrix.
 */
final class GardenVault {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static final String README = """
            # Garden

            ## Batch Learning Route (2 batches)

            - Batch 1: `01`, `02` (soil basics)
            - Batch 2: `03` (tools)

            ## Estimated Time Per Chapter

            - Lesson chapters: 40-50 min each.
            - Checklist chapters: 20 min each.

            ## Reading Priority

            - Must-read (`必讀`): `01`, `03`
            - Optional (`可跳讀`): `02`

            ## Chapters

            ### Beds

            - [01_soil](beds/01_soil.md) - 必讀 - 45 min
            - [02_compost](beds/02_compost.md) - 可跳讀 - 40 min

            ### Tools

            - [03_spade](tools/03_spade.md) - 必讀 - 45 min
            """;

    static final String RUBRIC = """
            # Garden Rubric

            ## Scope

            - `beds/01_soil.md`
            - `beds/02_compost.md`
            - `tools/03_spade.md`

            ## Frontmatter Requirements

            | Field | Type | Description |
            |---|---|---|
            | `title` | string | English / 中文 |
            | `note_type` | string | fixed to `knowledge` |
            | `category` | string | `beds` / `tools` |
            | `tags` | list | 至少含 `garden`, category, topic kebab name |
            | `status` | string | `active` / `draft` |
            | `chapter` | string | two-digit string |
            | `level` | string | `easy` / `hard` |
            | `created` | date | created |
            | `updated` | date | updated |
            | `review_interval_days` | int | days between reviews |
            | `next_review` | date | next review |

            ## Chapter-level Minimums — Lesson Chapter

            1. `Goal`
            2. `Steps`
            3. `Pitfalls`

            ### Goal

            - 1-2 句話。

            ### Steps

            - 至少 3 條。

            ### Pitfalls

            - 至少 2 條。

            ## Chapter-level Minimums — Checklist Chapter

            1. `Purpose`
            2. `Checks`
            """;

    static final String MATRIX = """
            # Garden Coverage

            | Capability Area | Required Topic | Coverage Files | Status |
            | --- | --- | --- | --- |
            | Beds | Soil | `beds/01_soil.md` | Done |
            | Beds | Compost | `beds/02_compost.md` | Done |
            | Tools | Spade | `tools/03_spade.md` | Done |
            """;

    private GardenVault() {
    }

    /** The series under {@code root/garden}, its chapters meeting the rubric. */
    static void write(Path root) {
        io.github.backendnotes.TestVaults.write(root, "garden/readme.md", README);
        io.github.backendnotes.TestVaults.write(root, "garden/quality_rubric.md", RUBRIC);
        io.github.backendnotes.TestVaults.write(root, "garden/coverage_matrix.md", MATRIX);
        chapter(root, "beds", "01", "soil", "hard");
        chapter(root, "beds", "02", "compost", "hard");
        chapter(root, "tools", "03", "spade", "easy");
    }

    private static void chapter(Path root, String folder, String number, String topic, String level) {
        io.github.backendnotes.TestVaults.write(root, "garden/" + folder + "/" + number + "_" + topic + ".md", "---\ntitle: " + topic + "\n"
                + "note_type: knowledge\ncategory: " + folder + "\ntags: [garden, " + folder + ", " + topic + "]\n"
                + "status: active\nchapter: \"" + number + "\"\nlevel: " + level + "\ncreated: 2026-01-01\n"
                + "updated: 2026-01-01\nreview_interval_days: 10\nnext_review: 2026-01-11\n---\n# " + topic + "\n\n"
                + "## Goal\n\nOne sentence here.\n\n## Steps\n\n- a\n- b\n- c\n\n## Pitfalls\n\n- x\n- y\n");
    }

    static RunRequest request(Path root) {
        return new RunRequest(root, List.of(), 2);
    }

    static NewChapterRequest ask(String title, String category) {
        return new NewChapterRequest("garden", title, null, category, null, null, null, null, null, Map.of(), TODAY);
    }

    static NewChapter.Outcome create(Path root, NewChapterRequest request) throws IOException, ScaffoldException {
        return NewChapter.create(new Engine().model(request(root)), request);
    }

    /** The findings a verify run has about {@code file}: its own and the cross-file ones that name it. */
    static List<Finding> about(Path root, String file) throws IOException {
        return new Engine().run(request(root)).findings().stream()
                .filter(f -> f.concernsAny(java.util.Set.of(file))).toList();
    }
}

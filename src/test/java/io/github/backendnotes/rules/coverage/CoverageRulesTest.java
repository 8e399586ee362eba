package io.github.backendnotes.rules.coverage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.verifyRules;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The coverage.* rules: a coverage matrix against the tree, through engine runs. */
class CoverageRulesTest {

    private static final String HEADER = """
            # Coverage

            | Capability Area | Required Topic | Coverage Files | Status |
            |---|---|---|---|
            """;

    @TempDir
    Path root;

    @BeforeEach
    void garden() throws java.io.IOException {
        // an Obsidian vault: its wiki links are links
        java.nio.file.Files.createDirectories(root.resolve(".obsidian"));
        write(root, "garden/README.md", "# Garden\n");
        write(root, "garden/quality_rubric.md", "# Garden rubric\n");
        write(root, "garden/01_soil.md", "# Soil\n\nSee [water](02_water.md).\n");
        write(root, "garden/02_water.md", "# Water\n");
        write(root, "garden/03_pests.md", "# Pests\n\nSee [[01_snails]].\n");
        write(root, "garden/04_broken.md", "---\ntitle: never closed\n");
        write(root, "garden/pests/01_snails.md", "# Snails\n");
        write(root, "garden/pests/02_aphids.md", "# Aphids\n");
        // a nested series: its chapters must be covered by the garden's matrix too
        write(root, "garden/herbs/README.md", "# Herbs\n");
        write(root, "garden/herbs/quality_rubric.md", "# Herbs rubric\n");
        write(root, "garden/herbs/01_mint.md", "# Mint\n\nGrows next to [soil](../01_soil.md).\n");
        write(root, "garden/herbs/02_basil.md", "# Basil\n");
    }

    private List<String> run(String matrix) throws IOException {
        write(root, "garden/coverage_matrix.md", matrix);
        return full(verifyRules(root, "coverage."));
    }

    @Test
    void everyRuleOnOneMatrix() throws IOException {
        assertEquals(List.of(
                "garden/coverage_matrix.md:5:1: error [coverage.uncovered-chapter] chapter '03_pests.md' is in no row of the matrix",
                "garden/coverage_matrix.md:5:1: error [coverage.uncovered-chapter] chapter 'herbs/02_basil.md' is in no row of the matrix",
                "garden/coverage_matrix.md:6:1: error [coverage.missing-file] row 'Rain' is 'Done' but '02_gone.md' does not exist",
                "garden/coverage_matrix.md:8:1: error [coverage.folder-count] 'pests/' holds 2 Markdown files; the row says 3",
                "garden/coverage_matrix.md:9:1: info [coverage.stale-status] row 'Mint' is 'Planned' but its files exist and meet their rubric; status may be stale",
                "garden/coverage_matrix.md:11:1: error [coverage.missing-file] row 'Leaves' is 'Complete' but 'leaves/' does not exist",
                "garden/coverage_matrix.md:12:1: error [coverage.missing-file] row 'Roots' is 'Unclear' but '07_roots.md' does not exist",
                "garden/coverage_matrix.md:18:1: warning [coverage.cross-reference-unlinked] '01_soil.md' and 'pests/01_snails.md' do not link to each other",
                "garden/coverage_matrix.md:19:1: error [coverage.cross-reference-missing] cross-reference '06_missing.md' does not exist"),
                run(HEADER + """
                | Soil | Compost | `01_soil.md` | Done |
                | Water | Rain | `02_water.md`, `02_gone.md` | Done |
                | Water | Wells | `05_wells.md` | Pending |
                | Pests | Bugs | `pests/` (3 files) | Done |
                | Herbs | Mint | `herbs/01_mint.md` | Planned |
                | Broken | Draft | `04_broken.md` | Pending |
                | Leaves | Leaves | `leaves/` (2 files) | Complete |
                | Roots | Roots | `07_roots.md` | Unclear |

                ## Cross-references

                - `01_soil.md` <-> `02_water.md`
                - `herbs/01_mint.md` <-> `01_soil.md`
                - `01_soil.md` + `03_pests.md` <-> `pests/01_snails.md`
                - `02_water.md` <-> `06_missing.md`
                """));
    }

    @Test
    void aCompleteMatrixHasNoFinding() throws IOException {
        assertEquals(List.of(), run(HEADER + """
                | Soil | Basics | `01_soil.md`, `02_water.md`, `03_pests.md` | Done |
                | Pests | Bugs | `./pests/` (2 files) | Done |
                | Herbs | All | `herbs/` | Done |
                | Broken | Draft | `04_broken.md` | Pending |
                """));
    }

    @Test
    void stalePendingNeedsEveryFileToExistWithoutErrors() throws IOException {
        assertEquals(List.of(
                "garden/coverage_matrix.md:10:1: info [coverage.stale-status] row 'All pests' is 'TODO' but its files exist and meet their rubric; status may be stale"),
                run(HEADER + """
                | Soil | Basics | `01_soil.md`, `02_water.md`, `03_pests.md` | Done |
                | Herbs | All | `herbs/` | Done |
                | Pests | One there, one to come | `pests/01_snails.md`, `pests/03_mites.md` | Pending |
                | Broken | Error in the file | `04_broken.md` | Pending |
                | Nothing | No files named | to be decided | Pending |
                | Pests | All pests | `pests/` | TODO |
                """));
    }

    @Test
    void aMatrixOutsideASeriesChecksItsRowsButCoversNoChapters() throws IOException {
        write(root, "garden/coverage_matrix.md", HEADER + "| All | All | `01_soil.md`, `02_water.md`, `03_pests.md`, `04_broken.md`, `pests/`, `herbs/` | Done |\n");
        write(root, "topics/coverage_matrix.md", HEADER + """
                | Soil | Link | `../garden/01_soil.md` | Done |
                | Air | Wind | `wind.md` | Done |
                """);
        assertEquals(List.of(
                "topics/coverage_matrix.md:6:1: error [coverage.missing-file] row 'Wind' is 'Done' but 'wind.md' does not exist"),
                full(verifyRules(root, "coverage.")));
    }

    @Test
    void aCrossReferenceToAPlannedFileIsNoErrorAndShorthandIsNotAPath() throws IOException {
        assertEquals(List.of(
                "garden/coverage_matrix.md:12:1: error [coverage.cross-reference-missing] cross-reference 'herbs/3-5' is not "
                        + "a path to a note (expected a file such as `folder/01_topic.md`)"),
                run(HEADER + """
                | Soil | Basics | `01_soil.md`, `02_water.md`, `03_pests.md`, `pests/`, `herbs/` | Done |
                | Water | Wells | `05_wells.md` | Pending |
                | Broken | Draft | `04_broken.md` | Pending |

                ## Cross-references

                - `02_water.md` <-> `05_wells.md`
                - `herbs/3-5` <-> `01_soil.md`
                """).stream().filter(f -> f.contains("cross-reference")).toList());
    }
}

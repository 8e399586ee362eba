package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.rules.VaultFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.rules.VaultFixture.related;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The files the coverage.* findings concern besides the matrix they are on: what its row or line names. */
class CoverageRelatedTest {

    private static VaultFixture garden(String rows) {
        return VaultFixture.of(
                "garden/README.md", "# Garden\n",
                "garden/quality_rubric.md", "# Garden rubric\n",
                "garden/01_soil.md", "# Soil\n",
                "garden/02_water.md", "# Water\n",
                "garden/pests/snails.md", "# Snails\n",
                "garden/coverage_matrix.md", """
                        | Capability Area | Required Topic | Coverage Files | Status |
                        |---|---|---|---|
                        """ + rows);
    }

    @Test
    void aRowFindingConcernsTheFilesAndFoldersTheRowNames() {
        VaultFixture garden = garden("""
                | Soil | Soil | `01_soil.md`, `05_gone.md` | Done |
                | Pests | Pests | `pests/` (2 files) | Done |
                | Water | Water | `02_water.md`, `pests/` | Pending |
                """);
        assertEquals(List.of("garden/coverage_matrix.md:3 coverage.missing-file -> [garden/05_gone.md]"),
                related(garden.run(new MissingFileRule())));
        assertEquals(List.of("garden/coverage_matrix.md:4 coverage.folder-count -> [garden/pests]"),
                related(garden.run(new FolderCountRule())));
        assertEquals(List.of("garden/coverage_matrix.md:5 coverage.stale-status -> [garden/02_water.md, garden/pests]"),
                related(garden.run(new StaleStatusRule())));
    }

    @Test
    void anUncoveredChapterIsTheFileTheFindingConcerns() {
        assertEquals(List.of("garden/coverage_matrix.md:3 coverage.uncovered-chapter -> [garden/02_water.md]"),
                related(garden("| Soil | Soil | `01_soil.md` | Done |\n").run(new UncoveredChapterRule())));
    }

    @Test
    void aCrossReferenceFindingConcernsTheNotesOfItsLine() {
        VaultFixture garden = garden("""
                | All | All | `01_soil.md`, `02_water.md` | Done |

                ## Cross-references

                - `01_soil.md` <-> `pests/snails.md`
                - `02_water.md` <-> `07_missing.md`
                """);
        assertEquals(List.of("garden/coverage_matrix.md:7 coverage.cross-reference-unlinked -> [garden/01_soil.md, garden/pests/snails.md]"),
                related(garden.run(new UnlinkedCrossReferenceRule())));
        assertEquals(List.of("garden/coverage_matrix.md:8 coverage.cross-reference-missing -> [garden/07_missing.md]"),
                related(garden.run(new CrossReferenceRule())));
    }
}

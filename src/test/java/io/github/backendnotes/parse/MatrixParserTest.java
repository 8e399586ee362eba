package io.github.backendnotes.parse;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.CoverageMatrix.CrossReference;
import io.github.backendnotes.model.CoverageMatrix.Entry;
import io.github.backendnotes.model.CoverageMatrix.Row;
import io.github.backendnotes.model.CoverageMatrix.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixParserTest {

    private static final String MATRIX = """
            # Garden coverage

            | Term | Meaning |
            |---|---|
            | `x.md` | a glossary table: no files column and no status column |

            | Capability Area | Required Topic | Coverage Files | Status |
            |---|---|---|---|
            | Soil | Compost | `01_compost.md` | Done |
            | Water | Rain, wells | `02_rain.md`, `./03_wells.md` | Pending |
            | Pests | Slugs | `pests/` (3 files) | Planned |
            | Tools | Spades | `04_spades.md` | Maybe |
            | Light | Shade | none yet | Complete |

            | Files | Notes |
            |---|---|
            | `05_ignored.md` | a files column without a status column is not a coverage table |

            ## Cross-references (must link)

            - `01_compost.md` <-> `02_rain.md`
            - `02_rain.md` + `03_wells.md` <-> `pests/01_snails.md`
            - `04_spades.md` is related to `01_compost.md`
            - <-> `01_compost.md`
            """;

    private final CoverageMatrix parsed = matrix("garden/coverage_matrix.md", MATRIX);

    @Test
    void rowsOfTheCoverageTableOnly() {
        assertEquals("garden/coverage_matrix.md", parsed.file());
        assertEquals(List.of(
                new Row("Soil", "Compost", List.of(new Entry("01_compost.md", -1)), "Done", Status.DONE, 9),
                new Row("Water", "Rain, wells", List.of(new Entry("02_rain.md", -1), new Entry("03_wells.md", -1)),
                        "Pending", Status.PENDING, 10),
                new Row("Pests", "Slugs", List.of(new Entry("pests/", 3)), "Planned", Status.PENDING, 11),
                new Row("Tools", "Spades", List.of(new Entry("04_spades.md", -1)), "Maybe", Status.UNKNOWN, 12),
                new Row("Light", "Shade", List.of(), "Complete", Status.DONE, 13)), parsed.rows());
    }

    @Test
    void folderEntriesKnowTheirCount() {
        Entry folder = parsed.rows().get(2).entries().get(0);
        assertTrue(folder.isFolder());
        assertEquals(3, folder.folderCount());
        assertFalse(parsed.rows().get(0).entries().get(0).isFolder());
    }

    @Test
    void crossReferencesWithSeveralPathsOnOneSide() {
        assertEquals(List.of(
                new CrossReference(List.of("01_compost.md"), List.of("02_rain.md"), 21),
                new CrossReference(List.of("02_rain.md", "03_wells.md"), List.of("pests/01_snails.md"), 22)),
                parsed.crossReferences());
    }

    @Test
    void statusKinds() {
        assertEquals(Status.DONE, Status.of("Done"));
        assertEquals(Status.DONE, Status.of(" complete (2024) "));
        assertEquals(Status.DONE, Status.of("✅"));
        assertEquals(Status.PENDING, Status.of("Pending review"));
        assertEquals(Status.PENDING, Status.of("planned"));
        assertEquals(Status.PENDING, Status.of("TODO"));
        assertEquals(Status.UNKNOWN, Status.of("Blocked"));
        assertEquals(Status.UNKNOWN, Status.of(""));
    }

    @Test
    void arrowLinesOutsideTheCrossReferenceSectionAreNotCrossReferences() {
        CoverageMatrix other = matrix("m/coverage_matrix.md", """
                ## Notes

                - `a.md` <-> `b.md`

                ## 交叉引用

                - `c.md` <-> `d.md`
                """);
        assertEquals(List.of(new CrossReference(List.of("c.md"), List.of("d.md"), 7)), other.crossReferences());
        assertEquals(List.of(), other.rows());
    }
}

package io.github.backendnotes.rules.index;

import io.github.backendnotes.rules.VaultFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.rules.VaultFixture.related;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The files the index.* findings concern besides the README or note they are on. */
class IndexRelatedTest {

    private static VaultFixture pond(String readme) {
        return VaultFixture.of(
                "pond/quality_rubric.md", "# Pond rubric\n",
                "pond/01_frogs.md", "# Frogs\n",
                "pond/02_lilies.md", "# Lilies\n",
                "pond/deep/03_carp.md", "# Carp\n",
                "pond/README.md", readme);
    }

    private static final String ROUTE = """
            ## Batch Learning Route (3 batches)

            - Batch 1: `01`, `02`
            - Batch 3: `02`, `07`
            """;

    @Test
    void aBatchFindingConcernsTheChapterItNames() {
        VaultFixture pond = pond(ROUTE);
        assertEquals(List.of(
                "pond/README.md:4 index.batch-coverage -> [pond/02_lilies.md]",
                "pond/README.md:1 index.batch-coverage -> [pond/deep/03_carp.md]"),
                related(pond.run(new BatchCoverageRule())));
        assertEquals(List.of("pond/README.md:4 index.unknown-chapter -> []"),
                related(pond.run(new UnknownChapterRule())), "no chapter has the id");
        assertEquals(List.of("pond/README.md:4 index.batch-sequence -> []", "pond/README.md:1 index.batch-sequence -> []"),
                related(pond.run(new BatchSequenceRule())), "the numbering concerns the README alone");
    }

    @Test
    void aPriorityFindingConcernsTheChapterItNames() {
        assertEquals(List.of(
                "pond/README.md:4 index.priority-coverage -> [pond/01_frogs.md]",
                "pond/README.md:1 index.priority-coverage -> [pond/deep/03_carp.md]"),
                related(pond("""
                        ## Reading Priority

                        - Must-read (`必讀`): `01`, `02`
                        - Optional (`選讀`): `01`
                        """).run(new PriorityCoverageRule())));
    }

    @Test
    void aChaptersEntryConcernsTheChapterItLinksTo() {
        assertEquals(List.of(
                "pond/README.md:8 index.chapter-list -> [pond/02_lilies.md]",
                "pond/README.md:8 index.chapter-list -> [pond/02_lilies.md]",
                "pond/README.md:9 index.chapter-list -> [pond/01_frogs.md]",
                "pond/README.md:5 index.chapter-list -> [pond/deep/03_carp.md]"),
                related(pond("""
                        ## Reading Priority

                        - Must-read (`必讀`): `01`, `02`, `03`

                        ## Chapters

                        - [01_frogs](01_frogs.md) - 必讀
                        - [Lilies](02_lilies.md) - 選讀
                        - [01_frogs](./01_frogs.md) - 必讀
                        """).run(new ChapterListRule())));
    }

    @Test
    void minutesConcernTheChapterWhoseEstimateTheyMiss() {
        assertEquals(List.of("pond/README.md:11 index.minutes -> [pond/deep/03_carp.md]"),
                related(pond("""
                        ## Reading Priority

                        - Must-read (`必讀`): `01`, `02`, `03`

                        ## Estimated Time

                        - Must-read chapters: 60 min each.

                        ## Chapters

                        - [03_carp](deep/03_carp.md) - 必讀 - 90 min
                        - [01_frogs](01_frogs.md) - 必讀 - 60 min
                        """).run(new MinutesRule())));
    }

    @Test
    void aNoteMissingFromTheIndexConcernsTheIndex() {
        assertEquals(List.of("notes/b.md:0 index.not-in-index -> [INDEX.md]"),
                related(VaultFixture.of(
                        "INDEX.md", "- [a](notes/a.md)\n",
                        "notes/a.md", "# A\n",
                        "notes/b.md", "# B\n").run(new IndexCoverageRule())));
    }
}

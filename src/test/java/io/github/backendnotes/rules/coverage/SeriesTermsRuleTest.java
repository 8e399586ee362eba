package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.rules.VaultFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.rubric;
import static io.github.backendnotes.TestVaults.verifyRules;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** coverage.series-terms: the terms a rubric line asks the chapters of a series to cover, taken together. */
class SeriesTermsRuleTest {

    private static final String RUBRIC = """
            # Kite rubric

            ## Scope

            適用檔案：`01` 到 `04` 全章。

            ## Kite-specific Requirements

            - 至少在對應章節覆蓋：`launch`, `reelIn`, `tie/untie`。
            - harness 章節需覆蓋：`clip`, `strap`。
            - Beach 章節需說明 `"use wind"` 邊界、gust/lull 與 tide-aware launch。
            - 章節內容需生動有趣。
            """;

    private static String chapter(String title, String body) {
        return "---\ntitle: " + title + "\n---\n# " + title + "\n\n" + body;
    }

    private static VaultFixture kites(String beach) {
        return VaultFixture.of(
                "kite/readme.md", "# Kites\n",
                "kite/quality_rubric.md", RUBRIC,
                "kite/01_first_flight.md", chapter("First Flight", "Call `launch()` then:\n\n```ts\nreelIn(line);\ntie(knot);\n```\n"),
                "kite/02_harness_basics.md", chapter("Harness Basics", "```ts\nclip(harness);\n```\n"),
                "kite/03_strap_care.md", chapter("Strap Care", "Keep the strap dry; no code here.\n"),
                "kite/04_beach_days.md", chapter("Beach Days", beach));
    }

    @Test
    void theLinesAreReadWithTheirSelectorAndEachTermsReading() {
        Rubric read = rubric("kite/quality_rubric.md", RUBRIC);
        assertEquals(3, read.seriesChecks().size());
        SeriesTerms any = (SeriesTerms) read.seriesChecks().get(0).check();
        assertEquals("", any.selector());
        assertEquals(List.of("literal:launch", "literal:reelIn", "literal:tie", "literal:untie"),
                any.terms().stream().map(SeriesTerms.Term::key).toList());
        SeriesTerms beach = (SeriesTerms) read.seriesChecks().get(2).check();
        assertEquals("Beach", beach.selector());
        assertEquals(List.of("literal:\"use wind\"", "words:gust|lull", "words:tide-aware launch"),
                beach.terms().stream().map(SeriesTerms.Term::key).toList());
        assertTrue(read.enforced().stream().anyMatch(l -> l.text().contains("as code (literal): `\"use wind\"`; as words: "
                + "'gust' or 'lull', 'tide-aware launch'")), read.enforced().toString());
        assertEquals(List.of("Kite-specific Requirements: 章節內容需生動有趣。"),
                read.notChecked().stream().map(Rubric.RubricLine::text).toList());
        assertEquals(Optional.empty(), SeriesTerms.read("進階章節需覆蓋：錯誤處理與重試。"));
    }

    @Test
    void eachMissingTermIsReportedWhereTheChaptersThatShouldHoldItAre() {
        List<String> found = VaultFixture.related(kites(chapter("Beach Days", "Say `\"use wind\"` first.\n"))
                .run(new SeriesTermsRule()));
        assertEquals(List.of(
                "kite/readme.md:1 coverage.series-terms -> [kite/01_first_flight.md, kite/02_harness_basics.md, "
                        + "kite/03_strap_care.md, kite/04_beach_days.md, kite/quality_rubric.md]",
                "kite/readme.md:1 coverage.series-terms -> [kite/02_harness_basics.md, kite/03_strap_care.md, kite/quality_rubric.md]",
                "kite/04_beach_days.md:1 coverage.series-terms -> [kite/quality_rubric.md]",
                "kite/04_beach_days.md:1 coverage.series-terms -> [kite/quality_rubric.md]"), found);
        List<String> messages = kites(chapter("Beach Days", "Say `\"use wind\"` first.\n")).run(new SeriesTermsRule())
                .stream().map(f -> f.message().substring(0, f.message().indexOf("; rubric"))).toList();
        assertEquals(List.of("none of the series' 4 chapters holds `untie` in its code",
                "none of the chapters 02_harness_basics.md, 03_strap_care.md holds `strap` in its code",
                "the chapter does not hold the words 'gust' or 'lull'",
                "the chapter does not hold the words 'tide-aware launch'"), messages);
    }

    @Test
    void wordsInAnyCaseAndEitherHyphenOrSpaceAndAQuoteOfEitherKind() {
        assertEquals(List.of("kite/readme.md:1 coverage.series-terms -> [kite/01_first_flight.md, kite/02_harness_basics.md, "
                        + "kite/03_strap_care.md, kite/04_beach_days.md, kite/quality_rubric.md]",
                "kite/readme.md:1 coverage.series-terms -> [kite/02_harness_basics.md, kite/03_strap_care.md, kite/quality_rubric.md]"),
                VaultFixture.related(kites(chapter("Beach Days", "A Lull comes; plan a Tide Aware Launch.\n\n"
                        + "```ts\n'use wind';\n```\n")).run(new SeriesTermsRule())));
        // the literal in prose is not code; a longer identifier is not the term
        List<String> messages = kites(chapter("Beach Days", "use wind, a gust, tide-aware launches.\n\n```ts\nuntieAll();\n```\n"))
                .run(new SeriesTermsRule()).stream().map(f -> f.message().substring(0, f.message().indexOf("; rubric"))).toList();
        assertEquals(List.of("none of the series' 4 chapters holds `untie` in its code",
                "none of the chapters 02_harness_basics.md, 03_strap_care.md holds `strap` in its code",
                "the chapter does not hold `\"use wind\"` in its code"), messages);
    }

    @Test
    void aSelectorNoChapterNamesIsReportedOnTheReadme() {
        VaultFixture vault = kites("").note("kite/04_beach_days.md", "# gone\n");
        vault = VaultFixture.of("kite/readme.md", "# Kites\n", "kite/quality_rubric.md", RUBRIC,
                "kite/04_sand_days.md", chapter("Sand Days", "`\"use wind\"`, gust, tide-aware launch\n"));
        assertTrue(vault.run(new SeriesTermsRule()).stream().anyMatch(f -> f.file().equals("kite/readme.md")
                && f.message().startsWith("no chapter's file name or title names 'Beach' or one of the terms")));
    }

    @Test
    void theRunLooksForTheTermsInThePerNotePass(@TempDir Path root) throws IOException {
        write(root, "kite/readme.md", "# Kites\n");
        write(root, "kite/quality_rubric.md", RUBRIC);
        write(root, "kite/01_first_flight.md", chapter("First Flight", "```ts\nlaunch(); reelIn(); tie(); untie();\n```\n"));
        write(root, "kite/02_harness_basics.md", chapter("Harness Basics", "```ts\nclip(); strap();\n```\n"));
        write(root, "kite/04_beach_days.md", chapter("Beach Days", "`'use wind'`, gusts, tide aware launch\n"));
        assertEquals(List.of(), full(verifyRules(root, "coverage.series-terms")));
        write(root, "kite/02_harness_basics.md", chapter("Harness Basics", "```ts\nclip();\n```\n"));
        assertEquals(1, verifyRules(root, "coverage.series-terms").size());
    }

    @Test
    void aChapterContractLineIsNotReadAsASeriesRequirement() {
        Rubric read = rubric("r/quality_rubric.md", "# R\n\n## Chapter-level Minimums\n\n"
                + "- `Goal`：Kite 章節需說明：`alpha`。\n");
        assertEquals(List.of(), read.seriesChecks());
        assertTrue(read.kinds().get(0).requirements().stream().map(SectionRequirement::check)
                .noneMatch(c -> c instanceof SectionRequirement.SeriesCheck));
    }
}

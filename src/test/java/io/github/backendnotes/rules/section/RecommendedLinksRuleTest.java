package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "推薦 `a`、`b`": at least one link to a recommended domain, others allowed. */
class RecommendedLinksRuleTest {

    private static final String LINE = "官方來源優先，推薦 `garden.example`、`github.com/garden`。";
    private static final ChapterContext CHAPTER = chapterOf("""
            ## Chapter-level Minimums

            1. `Reading`

            ### Reading

            - 官方來源優先，推薦 `garden.example`、`github.com/garden`。
            """);

    @Test
    void theRecommendationIsReadAndPreferenceStaysAJudgement() {
        assertEquals(List.of("Reading: 官方來源優先"), CHAPTER.rubric().notChecked().stream().map(Rubric.RubricLine::text).toList());
    }

    @Test
    void oneRecommendedLinkIsEnough() {
        assertEquals(List.of(), runOn(new RecommendedLinksRule(), "## Reading\n\n- [Docs](https://docs.garden.example/a)\n"
                + "- [Blog](https://blog.example.org/x)\n", CHAPTER));
        assertEquals(List.of(), runOn(new RecommendedLinksRule(), "## Reading\n\n- [Repo](https://github.com/garden/seeds)\n",
                CHAPTER));
        assertEquals(List.of(), runOn(new RecommendedLinksRule(), "## Reading\n\n- https://garden.example/\n", CHAPTER));
        assertEquals(List.of(new Finding("section.recommended-links", Severity.WARNING, "s/01_a.md", 1, 1, "section 'Reading' "
                + "links to none of the recommended domains [garden.example, github.com/garden]; rubric: " + LINE, "s")),
                runOn(new RecommendedLinksRule(), "## Reading\n\n- [Other repo](https://github.com/weeds/x)\n", CHAPTER));
    }
}

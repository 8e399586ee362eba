package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "需附上系統名稱與簡要說明": each example names its system and describes it. */
class NamedExamplesRuleTest {

    private static final String LINE = "至少 1 個知名系統的實際案例，需附上系統名稱與簡要說明。";
    private static final ChapterContext CHAPTER = chapterOf("""
            ## Chapter-level Minimums

            1. `Examples / 案例`

            ### Examples / 案例

            - 至少 1 個知名系統的實際案例，需附上系統名稱與簡要說明。
            """);

    private static Finding error(String message) {
        return new Finding("section.named-examples", Severity.ERROR, "s/01_a.md", 1, 1, message + "; rubric: " + LINE, "s");
    }

    @Test
    void theClauseIsReadAsANameAndADescriptionPerExample() {
        assertEquals(List.of(), CHAPTER.rubric().notChecked());
    }

    @Test
    void subHeadingsNameTheSystemAndTheTextBelowDescribesIt() {
        assertEquals(List.of(), runOn(new NamedExamplesRule(), "## Examples / 案例\n\n### Kafka at LinkedIn\n\n用於活動串流。\n",
                CHAPTER));
        assertEquals(List.of(error("section 'Examples / 案例' has examples lacking a name or a description: 'Kafka' has no "
                + "description")), runOn(new NamedExamplesRule(),
                "## Examples / 案例\n\n### Kafka\n\n### 淘寶\n\n用訊息佇列削峰。\n", CHAPTER));
    }

    @Test
    void listItemsNameTheSystemBeforeTheirDescription() {
        assertEquals(List.of(), runOn(new NamedExamplesRule(), "## Examples / 案例\n\n- **Stripe**：每個 POST 請求支援冪等鍵。\n"
                + "- Netflix uses Hystrix to isolate failing dependencies.\n", CHAPTER));
        assertEquals(List.of(error("section 'Examples / 案例' has examples lacking a name or a description: 'Stripe' has no "
                + "description")), runOn(new NamedExamplesRule(), "## Examples / 案例\n\n- Stripe\n", CHAPTER));
    }
}

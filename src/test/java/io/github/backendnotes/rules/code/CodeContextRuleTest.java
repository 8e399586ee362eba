package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.note;
import static io.github.backendnotes.TestVaults.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** code.context: a code context per chapter range ("語境分段：" with a nested line per range). */
class CodeContextRuleTest {

    private static final ChapterContext CHAPTER = chapterOf("""
            ## Code Snippet Standards

            - 語境分段：
              - Ch01-03：純 HTML + Play CDN。
              - Ch04：build 設定（CSS-first config）。
              - Ch05：React TSX。
              - Ch06-07：混合語境（HTML/Svelte）。
            """);

    private static List<String> messages(String path, String body) {
        return run(new CodeContextRule(), note(path, "# A\n\n" + body), CHAPTER).stream().map(Finding::message)
                .map(m -> m.substring(0, m.indexOf("; rubric"))).toList();
    }

    @Test
    void theNestedRangesAreReadWithTheLanguagesTheirContextsName() {
        Rubric rubric = CHAPTER.rubric();
        assertEquals(List.of(), rubric.notChecked());
        assertTrue(rubric.enforced().get(0).text().contains("read as CodeContext[Ch1-3 html; Ch4 no markup or component "
                + "language named, not constrained; Ch5 jsx/tsx; Ch6-7 html/svelte]"), rubric.enforced().toString());
        assertEquals(Optional.empty(), CodeContextRule.read("語境是 TypeScript。"));
    }

    @Test
    void aFixedContextHoldsForEveryChapter() {
        ChapterContext fixed = chapterOf("## Code Snippet Standards\n\n- 語境固定：TypeScript + Next.js App Router。\n");
        assertEquals(List.of(), fixed.rubric().notChecked());
        assertTrue(fixed.rubric().enforced().get(0).text().contains("read as CodeContext[every chapter tsx]"),
                fixed.rubric().enforced().toString());
        String blocks = "```tsx\nexport const A = () => <b />;\n```\n\n```jsx\nexport const B = () => <i />;\n```\n\n"
                + "```ts\nexport const n = 1;\n```\n";
        assertEquals(List.of("jsx code in chapter 12, whose context is 'TypeScript + Next.js App Router' (tsx)"),
                run(new CodeContextRule(), note("s/12_b.md", "# A\n\n" + blocks), fixed).stream().map(Finding::message)
                        .map(m -> m.substring(0, m.indexOf("; rubric"))).toList());
        ChapterContext kit = chapterOf("## Code Snippet Standards\n\n- 語境固定：TypeScript + SvelteKit。\n");
        assertTrue(kit.rubric().enforced().get(0).text().contains("read as CodeContext[every chapter html/svelte]"),
                kit.rubric().enforced().toString());
    }

    @Test
    void markupAndComponentCodeOutsideItsChaptersContextIsReported() {
        String blocks = "```tsx\nexport const A = () => <b />;\n```\n\n```svelte\n<b>x</b>\n```\n\n```html\n<b>x</b>\n```\n\n"
                + "```ts\nexport const n = 1;\n```\n\n```bash\nnpm i\n```\n";
        assertEquals(List.of("tsx code in chapter 02, whose context is '純 HTML + Play CDN。' (html)",
                "svelte code in chapter 02, whose context is '純 HTML + Play CDN。' (html)"), messages("s/02_b.md", blocks));
        assertEquals(List.of(), messages("s/04_d.md", blocks));
        assertEquals(List.of("svelte code in chapter 05, whose context is 'React TSX。' (jsx/tsx)",
                "html code in chapter 05, whose context is 'React TSX。' (jsx/tsx)"), messages("s/05_e.md", blocks));
        assertEquals(List.of("tsx code in chapter 07, whose context is '混合語境（HTML/Svelte）。' (html/svelte)"),
                messages("s/07_g.md", blocks));
        assertEquals(List.of(), messages("s/09_i.md", blocks));
    }
}

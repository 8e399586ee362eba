package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code standards a code form reads: forbidden constructs, a script's lang, the "use client" boundary. */
class CodeStandardRulesTest {

    private static final String FORBID = "必須使用 Svelte 5 語法（`$state`），不使用 Svelte 4 語法（`export let`、`on:click`、`<slot>`）。";
    private static final String LANG = "`.svelte` 檔案中 script block 需明確 `lang=\"ts\"`。";
    private static final String CLIENT = "若涉及 client interaction，需明確 `\"use client\"` 邊界。";

    private static final ChapterContext CHAPTER = chapterOf("""
            ## Code Snippet Standards

            - 必須使用 Svelte 5 語法（`$state`），不使用 Svelte 4 語法（`export let`、`on:click`、`<slot>`）。
            - `.svelte` 檔案中 script block 需明確 `lang="ts"`。
            - 若涉及 client interaction，需明確 `"use client"` 邊界。
            - 若涉及 server action，需明確 `"use server"` 邊界。
            """);

    private static Finding error(String rule, int line, String message, String rubricLine) {
        return new Finding(rule, Severity.ERROR, "s/01_a.md", line, 1, message + "; rubric: " + rubricLine, "s");
    }

    @Test
    void theLinesReadAreEnforcedWithTheirReadingAndTheOthersAreNot() {
        Rubric rubric = CHAPTER.rubric();
        assertEquals(4, rubric.code().checks().size());
        assertTrue(rubric.enforced().get(0).text().contains("read as ForbiddenSyntax[language=svelte, tokens=[export let, on:click, <slot>]]"),
                rubric.enforced().toString());
        assertEquals(List.of(), rubric.notChecked().stream().map(Rubric.RubricLine::text).toList());
        assertEquals(Optional.empty(), ForbiddenSyntaxRule.FORM.read("優先使用標準庫"));
    }

    @Test
    void forbiddenConstructsInCodeOfTheLanguage() {
        String rubricLine = FORBID;
        assertEquals(List.of(error("code.forbidden-syntax", 3, "svelte code uses `export let`, `<slot>`", rubricLine)),
                runOn(new ForbiddenSyntaxRule(), "# A\n\n```svelte\n<script lang=\"ts\">\n  export let name;\n</script>\n"
                        + "<slot name=\"x\" />\n```\n", CHAPTER));
        assertEquals(List.of(), runOn(new ForbiddenSyntaxRule(), "# A\n\n```svelte\n<button onclick={go}>Go</button>\n```\n\n"
                + "```ts\nexport let count = 0;\n```\n", CHAPTER));
    }

    @Test
    void aCounterexampleLabelledSoIsNotChecked() {
        assertEquals(List.of(), runOn(new ForbiddenSyntaxRule(), "# A\n\n```svelte\n<!-- 錯誤：Svelte 4 語法 -->\n"
                + "<button on:click={go}>x</button>\n\n<!-- 正確 -->\n<button onclick={go}>x</button>\n```\n", CHAPTER));
        assertEquals(List.of(error("code.forbidden-syntax", 3, "svelte code uses `on:click`", FORBID)),
                runOn(new ForbiddenSyntaxRule(), "# A\n\n```svelte\n<!-- ❌ -->\n<b>old</b>\n<!-- ✅ -->\n"
                        + "<button on:click={go}>x</button>\n```\n", CHAPTER));
    }

    @Test
    void everyScriptTagOfASvelteBlockSaysItsLang() {
        assertEquals(List.of(error("code.script-lang", 3, "svelte code has <script> without lang=\"ts\"", LANG)),
                runOn(new ScriptAttributeRule(), "# A\n\n```svelte\n<script>\n  let a = $state(0);\n</script>\n```\n", CHAPTER));
        assertEquals(List.of(), runOn(new ScriptAttributeRule(),
                "# A\n\n```svelte\n<script module lang='ts'>\n</script>\n<script lang=\"ts\">\n</script>\n```\n", CHAPTER));
    }

    @Test
    void componentCodeWithHooksOrHandlersDeclaresUseClient() {
        assertEquals(List.of(error("code.client-boundary", 3, "tsx code with client interaction (useState()) has no \"use client\" directive",
                CLIENT)), runOn(new ClientBoundaryRule(), "# A\n\n```tsx\nexport function C() {\n  const [n, setN] = useState(0);\n"
                + "  return <b>{n}</b>;\n}\n```\n", CHAPTER));
        assertEquals(List.of(error("code.client-boundary", 3, "tsx code with client interaction (onClick={…}) has no \"use client\" "
                + "directive", CLIENT)), runOn(new ClientBoundaryRule(), "# A\n\n```tsx\nexport const B = () => <button onClick={go}>x</button>;\n```\n",
                CHAPTER));
        assertEquals(List.of(), runOn(new ClientBoundaryRule(), "# A\n\n```tsx\n\"use client\";\nexport function C() {\n"
                + "  const [n] = useState(0);\n  return <b>{n}</b>;\n}\n```\n\n```tsx\nexport default async function Page() {\n"
                + "  return <main />;\n}\n```\n\n```ts\nexport function useCount() { return useState(0); }\n```\n", CHAPTER));
    }

    private static final String SERVER = "若涉及 server action，需明確 `\"use server\"` 邊界。";

    @Test
    void aServerActionDeclaresUseServerInItsFileOrItsBody() {
        // an async function taking FormData in a file with no directive
        assertEquals(List.of(error("code.server-boundary", 3, "ts code has a server action without a \"use server\" directive "
                + "(saveNote() takes FormData)", SERVER)), runOn(new ServerBoundaryRule(), "# A\n\n```ts\n// app/notes/actions.ts\n"
                + "export async function saveNote(formData: FormData) {\n  return formData.get(\"title\");\n}\n```\n", CHAPTER));
        // a function of a server component handed to a form, and one written inline
        assertEquals(List.of(error("code.server-boundary", 3, "tsx code has a server action without a \"use server\" directive "
                + "(archive() is passed to a form action, an inline async form action)", SERVER)),
                runOn(new ServerBoundaryRule(), "# A\n\n```tsx\nasync function archive() {\n  await db.archive();\n}\n"
                        + "export default function Page() {\n  return <form action={archive}><button formAction={async () => {\n"
                        + "    await db.undo();\n  }}>x</button></form>;\n}\n```\n", CHAPTER));
        // declared at the top of its file (after a path comment), in its body, or a client file's action
        assertEquals(List.of(), runOn(new ServerBoundaryRule(), "# A\n\n```ts\n// app/notes/actions.ts\n'use server';\n\n"
                + "export async function saveNote(formData: FormData) {}\n\n// app/notes/Form.tsx\n\"use client\";\n"
                + "export async function preview(formData: FormData) {}\n```\n\n```tsx\nasync function archive() {\n"
                + "  \"use server\";\n  await db.archive();\n}\nexport default function Page() {\n"
                + "  return <form action={archive} />;\n}\n```\n\n```tsx\nexport function Form() {\n"
                + "  const [state, act] = useActionState(async (s: State, d: FormData) => s, init);\n"
                + "  async function local(d: FormData) { return d; }\n  return <form action={act} />;\n}\n```\n", CHAPTER));
    }
}

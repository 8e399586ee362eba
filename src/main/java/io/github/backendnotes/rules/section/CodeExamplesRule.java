package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class CodeExamplesRule extends SectionRule<CodeExamplesRule.CodeExamples> {

    /** "至少 1 段完整可貼用範例", "至少 1 段可貼用 TypeScript 範例", "at least 2 Go examples". */
    private static final Pattern EXAMPLES = Pattern.compile(
            "^(?:需|須)?(?:至少|at least)\\s*(\\d+)\\s*(?:段|個|个|份)?\\s*(.*?)\\s*(?:範例|示例|代碼範例|程式碼範例|examples?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FINAL_STOP = Pattern.compile("[。.]$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z+#]*");
    /** The fence languages of a language the rubric names. */
    private static final Map<String, List<String>> FENCES = Map.of(
            "typescript", List.of("ts", "tsx", "typescript"),
            "javascript", List.of("js", "jsx", "javascript"),
            "rust", List.of("rust", "rs"),
            "go", List.of("go", "golang"),
            "python", List.of("python", "py"),
            "html", List.of("html"),
            "css", List.of("css"),
            "svelte", List.of("svelte"),
            "sql", List.of("sql"));

    /** Reads "至少 N 段…範例": N code blocks, in the language the clause names among those it knows. */
    public static final ClauseForm FORM = CodeExamplesRule::read;

    /**
     * At least {@code min} code blocks; in one of {@code fences} when the rubric names a language (else any);
     * {@code what} the clause's words after the count ("可貼用 TypeScript 範例").
     */
    public record CodeExamples(int min, String language, List<String> fences, String what) implements Check {
        public CodeExamples {
            fences = List.copyOf(fences);
        }

        public CodeExamples(int min, String language, List<String> fences) {
            this(min, language, fences, "");
        }

        @Override
        public boolean restatedBy(String checklistLine) {
            return restatesObject(checklistLine, what);
        }
    }

    public CodeExamplesRule() {
        super("section.code-examples", Severity.ERROR,
                "A section whose rubric asks for N examples (\"至少 1 段完整可貼用範例\", \"至少 1 段可貼用 TypeScript 範例\") "
                        + "has N code blocks, in the language it names (TypeScript: ts, tsx; JavaScript: js, jsx; Rust, "
                        + "Go, Python, HTML, CSS, Svelte, SQL). Whether an example is complete and pastes into a project "
                        + "needs code execution and is not judged.", CodeExamples.class);
    }

    @Override
    String problem(SectionView section, CodeExamples check) {
        long count = section.codeBlocks().stream().filter(code -> counts(code, check)).count();
        if (count >= check.min()) {
            return null;
        }
        return "has " + plural((int) count, (check.language().isEmpty() ? "" : check.language() + " ") + "code block")
                + ", expected at least " + check.min();
    }

    private static boolean counts(Block.CodeBlock code, CodeExamples check) {
        String language = code.language().toLowerCase(Locale.ROOT);
        return check.fences().isEmpty() ? !language.equals("mermaid") : check.fences().contains(language);
    }

    static Optional<Check> read(String clause) {
        Matcher m = EXAMPLES.matcher(clause.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String language = "";
        List<String> fences = List.of();
        Matcher word = WORD.matcher(m.group(2));
        while (word.find()) {
            List<String> known = FENCES.get(word.group().toLowerCase(Locale.ROOT));
            if (known != null) {
                language = word.group();
                fences = known;
            }
        }
        String what = FINAL_STOP.matcher(clause.trim().substring(m.start(2))).replaceAll("");
        return Optional.of(new CodeExamples(Digits.value(m.group(1)), language, fences, described(what)));
    }
}

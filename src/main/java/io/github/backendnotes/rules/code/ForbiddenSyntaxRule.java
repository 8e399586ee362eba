package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ForbiddenSyntaxRule extends CodeStandardRule<ForbiddenSyntaxRule.ForbiddenSyntax> {

    /** "不使用 Svelte 4 語法（`export let`、`on:click`）": the language's name, then its backticked tokens. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "(?:不使用|不可使用|禁止使用|避免使用|must not use|do not use)\\s*([A-Za-z]+)[^`]*?((?:`[^`]+`[^`]*?)+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    /** A comment that labels the code below it as the wrong way, or as the right way again. */
    private static final Pattern COMMENT = Pattern.compile("^\\s*(?:<!--|//|/\\*|#|\\{/\\*)");
    private static final Pattern WRONG = Pattern.compile("錯誤|错误|不要|避免|❌|wrong|bad|avoid|don't|before|舊|旧|svelte 4",
            Pattern.CASE_INSENSITIVE);
    /** Each forbidden token's pattern, compiled once: the tokens are the rubric's, tried on every chapter's code. */
    private static final CompiledPatterns<String> TOKENS = new CompiledPatterns<>(ForbiddenSyntaxRule::tokenPattern);
    private static final Pattern CLOSING_PARENTHESIS = Pattern.compile("[）)]\\s*[。.]?\\s*$");
    private static final Pattern RIGHT = Pattern.compile("正確|正确|✅|correct|good|after|svelte 5", Pattern.CASE_INSENSITIVE);

    /** Reads "不使用 Svelte 4 語法（`export let`、`on:click`、`<slot>`）" from a code standards line. */
    public static final ClauseForm FORM = ClauseForm.wholeLine(text -> {
        Matcher m = FORBIDDEN.matcher(CLOSING_PARENTHESIS.matcher(text).replaceAll(""));
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>();
        Matcher token = BACKTICKED.matcher(m.group(2));
        while (token.find()) {
            tokens.add(token.group(1));
        }
        return Optional.of(new ForbiddenSyntax(m.group(1).toLowerCase(Locale.ROOT), tokens));
    });

    /** Code blocks in {@code language} use none of {@code tokens}. */
    public record ForbiddenSyntax(String language, List<String> tokens) implements SectionRequirement.CodeCheck {
        public ForbiddenSyntax {
            tokens = List.copyOf(tokens);
        }
    }

    public ForbiddenSyntaxRule() {
        super("code.forbidden-syntax", Severity.ERROR,
                "Code blocks in a language use none of the constructs the rubric forbids for it (\"不使用 Svelte 4 語法"
                        + "（`export let`、`on:click`、`<slot>`）\" in svelte blocks); a tag token (`<slot>`) also matches "
                        + "with attributes. Code after a comment labelling it the wrong way (錯誤, ❌, wrong, before, Svelte 4) up to one "
                        + "labelling the right way (正確, ✅, correct, after) is a counterexample and is not checked.",
                ForbiddenSyntax.class);
    }

    @Override
    String problem(Block.CodeBlock code, String language, ForbiddenSyntax check) {
        if (!language.equals(check.language())) {
            return null;
        }
        String shown = withoutCounterexamples(code.literal());
        List<String> used = check.tokens().stream().filter(t -> uses(shown, t)).map(t -> "`" + t + "`").toList();
        return used.isEmpty() ? null : language + " code uses " + String.join(", ", used);
    }

    /**
     * The code without its counterexamples: the lines after a comment labelling them wrong ("<!-- 錯誤：Svelte 4
     * 語法 -->") up to a comment labelling the right way. A pitfall shows the forbidden form on purpose.
     */
    static String withoutCounterexamples(String code) {
        StringBuilder kept = new StringBuilder();
        boolean wrong = false;
        for (String line : code.split("\n", -1)) {
            if (COMMENT.matcher(line).find()) {
                if (RIGHT.matcher(line).find()) {
                    wrong = false;
                } else if (WRONG.matcher(line).find()) {
                    wrong = true;
                }
                continue;
            }
            if (!wrong) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    /** A tag token ("<slot>") matches the tag with attributes or self-closed too; a word token as a word. */
    static boolean uses(String code, String token) {
        return TOKENS.of(token).matcher(code).find();
    }

    private static Pattern tokenPattern(String token) {
        if (token.startsWith("<") && token.endsWith(">")) {
            String open = Pattern.quote(token.substring(0, token.length() - 1));
            return Pattern.compile(open + "(?=[\\s/>])");
        }
        String before = Character.isLetterOrDigit(token.charAt(0)) ? "(?<![\\w$:])" : "";
        String after = Character.isLetterOrDigit(token.charAt(token.length() - 1)) ? "(?![\\w$])" : "";
        return Pattern.compile(before + Pattern.quote(token) + after);
    }
}

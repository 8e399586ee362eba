package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class CodeFormRule extends SectionRule<CodeFormRule.CodeForms> {

    private static final Pattern CONTAINS = Pattern.compile(
            "^(?:需|須|必須)?(?:含|包含|includes?)\\s*(.+?)\\s*(?:的)?(?:範例|示例|example)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*(?:或是|或|\\bor\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("^`([^`]+)`$");
    private static final Pattern HANDLER = Pattern.compile("^([A-Za-z][\\w.-]*)\\s+handler$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_DOCUMENT = Pattern.compile("^(?:完整\\s*)?HTML\\s*(?:結構|结构|document|文件)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_CONFIG = Pattern.compile("^CSS[- ]first\\s*(?:設定|设定|配置|config(?:uration)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ROOT = Pattern.compile("<html[\\s>]|<!doctype\\s+html", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_AT_RULE = Pattern.compile("^\\s*@(?:import|theme|config|plugin|source|utility|custom-variant)\\b",
            Pattern.MULTILINE);
    private static final Pattern ASYNC_FN = Pattern.compile("\\basync\\s+(?:fn|function)\\b|\\bfunc\\s+\\w+\\s*\\(");
    /** Where a block names the handler's framework ({@code axum::}, {@code "axum"}), by framework: compiled once. */
    private static final CompiledPatterns<String> FRAMEWORK_USE = new CompiledPatterns<>(framework -> Pattern.compile(
            "\\b" + Pattern.quote(framework) + "::|[\"']" + Pattern.quote(framework) + "[\"'/]"));

    /**
     * Reads "含 `fn main()` 或 Axum handler 範例" and "需含完整 HTML 結構或 CSS-first 設定": two or more code forms joined
     * by 或 / or, each one a backticked token, "&lt;Framework&gt; handler", a whole HTML document, or a CSS-first
     * configuration. A clause with any other alternative is not read.
     */
    public static final ClauseForm FORM = CodeFormRule::read;

    /** The section's code has at least one of these forms. */
    public record CodeForms(List<Form> forms) implements Check {
        public CodeForms {
            forms = List.copyOf(forms);
        }
    }

    /** One code form: a literal {@code token}, a {@code handler} of a framework, an {@code html} document, {@code css} configuration. */
    public record Form(String kind, String value) {
        @Override
        public String toString() {
            return switch (kind) {
                case "token" -> "'" + value + "'";
                case "handler" -> ("AEIOUaeiou".indexOf(value.charAt(0)) >= 0 ? "an " : "a ") + value + " handler (an async function in code using " + value + ")";
                case "html" -> "a whole HTML document (<html> or <!doctype html>)";
                default -> "a CSS-first configuration (a css block with @import, @theme, @config, @plugin, …)";
            };
        }
    }

    public CodeFormRule() {
        super("section.code-form", Severity.ERROR,
                "A section whose rubric asks for one of several code forms (\"含 `fn main()` 或 Axum handler 範例\", "
                        + "\"需含完整 HTML 結構或 CSS-first 設定\") has a code block of one of them: a backticked token "
                        + "in the code; \"X handler\": an async function (or a Go func) in a block that names X "
                        + "(`use axum::`, `from \"x\"`); a whole HTML document: an html block with <html> or "
                        + "<!doctype html>; a CSS-first configuration: a css block with an @import, @theme, @config, "
                        + "@plugin, @source or @utility rule.", CodeForms.class);
    }

    @Override
    String problem(SectionView section, CodeForms check) {
        if (section.codeBlocks().isEmpty()) {
            return "has no code block";
        }
        for (Block.CodeBlock code : section.codeBlocks()) {
            if (check.forms().stream().anyMatch(form -> has(code, form))) {
                return null;
            }
        }
        return "has no code with " + String.join(" or ", check.forms().stream().map(Form::toString).toList());
    }

    static boolean has(Block.CodeBlock code, Form form) {
        String literal = code.literal();
        String language = code.language().toLowerCase(Locale.ROOT);
        return switch (form.kind()) {
            case "token" -> literal.contains(form.value());
            case "handler" -> ASYNC_FN.matcher(literal).find()
                    && FRAMEWORK_USE.of(form.value().toLowerCase(Locale.ROOT)).matcher(literal.toLowerCase(Locale.ROOT)).find();
            case "html" -> language.equals("html") && HTML_ROOT.matcher(literal).find();
            default -> language.equals("css") && CSS_AT_RULE.matcher(literal).find();
        };
    }

    static Optional<Check> read(String clause) {
        Matcher m = CONTAINS.matcher(clause.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] parts = ALTERNATIVES.split(m.group(1));
        if (parts.length < 2) {
            return Optional.empty();
        }
        List<Form> forms = new ArrayList<>();
        for (String part : parts) {
            Optional<Form> form = form(part.trim());
            if (form.isEmpty()) {
                return Optional.empty();
            }
            forms.add(form.get());
        }
        return Optional.of(new CodeForms(forms));
    }

    private static Optional<Form> form(String part) {
        Matcher token = TOKEN.matcher(part);
        if (token.matches()) {
            return Optional.of(new Form("token", token.group(1)));
        }
        Matcher handler = HANDLER.matcher(part);
        if (handler.matches()) {
            return Optional.of(new Form("handler", handler.group(1)));
        }
        if (HTML_DOCUMENT.matcher(part).matches()) {
            return Optional.of(new Form("html", "HTML"));
        }
        return CSS_CONFIG.matcher(part).matches() ? Optional.of(new Form("css", "CSS")) : Optional.empty();
    }
}

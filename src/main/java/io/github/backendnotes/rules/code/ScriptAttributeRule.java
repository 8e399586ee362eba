package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ScriptAttributeRule extends CodeStandardRule<ScriptAttributeRule.ScriptAttribute> {

    /** "`.svelte` 檔案中 script block 需明確 `lang="ts"`". */
    private static final Pattern REQUIRED = Pattern.compile("`?\\.([a-z]+)`?\\s*檔案中\\s*script\\s*block\\s*需明確\\s*`lang=\"([a-z]+)\"`",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>");

    /** Reads "`.svelte` 檔案中 script block 需明確 `lang="ts"`" from a code standards line. */
    public static final ClauseForm FORM = ClauseForm.wholeLine(text -> {
        Matcher m = REQUIRED.matcher(text);
        return m.find() ? Optional.of(new ScriptAttribute(m.group(1).toLowerCase(), m.group(2))) : Optional.empty();
    });

    /** Every script tag in code blocks of {@code language} says {@code lang="…"}. */
    public record ScriptAttribute(String language, String lang) implements SectionRequirement.CodeCheck {
    }

    public ScriptAttributeRule() {
        super("code.script-lang", Severity.ERROR,
                "Every <script> tag of a code block in the language the rubric names has the lang it asks for "
                        + "(\"`.svelte` 檔案中 script block 需明確 `lang=\\\"ts\\\"`\").", ScriptAttribute.class);
    }

    /** The attribute giving a lang, by lang: compiled once, not for every block. */
    private static final CompiledPatterns<String> LANG = new CompiledPatterns<>(lang -> Pattern.compile(
            "\\blang\\s*=\\s*[\"']" + Pattern.quote(lang) + "[\"']"));

    @Override
    String problem(Block.CodeBlock code, String language, ScriptAttribute check) {
        if (!language.equals(check.language())) {
            return null;
        }
        Pattern lang = LANG.of(check.lang());
        Matcher tag = SCRIPT_TAG.matcher(code.literal());
        while (tag.find()) {
            if (!lang.matcher(tag.group(1)).find()) {
                return language + " code has <script" + tag.group(1) + "> without lang=\"" + check.lang() + "\"";
            }
        }
        return null;
    }
}

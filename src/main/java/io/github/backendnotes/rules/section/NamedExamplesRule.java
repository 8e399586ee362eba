package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class NamedExamplesRule extends SectionRule<NamedExamplesRule.NamedExamples> {

    private static final Pattern READS = Pattern.compile(
            "(?:附上|附|含|包含|寫出|写出)\\s*(?:系統|系统|專案|项目|項目|產品|产品|公司)名稱?\\s*(?:與|和|及|、)\\s*(?:簡要|简要|簡短|简短)?\\s*(?:說明|说明|描述)"
                    + "|names?\\s+(?:the\\s+)?(?:system|project|product)\\s+and\\s+(?:briefly\\s+)?describes?\\s+it",
            Pattern.CASE_INSENSITIVE);
    /** Where a sentence names its system without a colon: its first word in Latin letters. */
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.+#-]*");
    private static final Pattern NAME_END = Pattern.compile("[：:]|\\s[—–-]{1,2}\\s");
    /** Fewer characters than this after the name is a bare name, not a description. */
    private static final int DESCRIPTION = 8;

    /** Reads "需附上系統名稱與簡要說明" and "需附上專案名稱與簡要說明". */
    public static final ClauseForm FORM = clause -> READS.matcher(clause).find()
            ? Optional.of(new NamedExamples()) : Optional.empty();

    /** Each example of the section names its system and describes it. */
    public record NamedExamples() implements Check {
    }

    public NamedExamplesRule() {
        super("section.named-examples", Severity.ERROR,
                "Each example of a section whose rubric asks for the system's name and a short description (\"需附上系統"
                        + "名稱與簡要說明\") names a system and describes it: an example is a sub-heading (its name) with text "
                        + "below it, or else a list item whose name (before a colon or a dash, or its first Latin word) "
                        + "is followed by at least "
                        + DESCRIPTION + " characters of description. How short the description is, is not judged.",
                NamedExamples.class);
    }

    @Override
    String problem(SectionView section, NamedExamples check) {
        List<String> lacking = new ArrayList<>();
        if (!section.children().isEmpty()) {
            for (Section example : section.children()) {
                String name = example.heading().text();
                if (example.blocks().isEmpty()) {
                    lacking.add("'" + name + "' has no description");
                }
            }
        } else {
            for (Block block : section.ownBlocks()) {
                if (block instanceof Block.ListBlock list) {
                    list.items().forEach(item -> item(item.text(), lacking));
                }
            }
        }
        return lacking.isEmpty() ? null : "has examples lacking a name or a description: " + String.join(", ", lacking);
    }

    private static void item(String text, List<String> lacking) {
        String first = text.split("\n", 2)[0].trim();
        Matcher end = NAME_END.matcher(first);
        Matcher latin = LATIN_NAME.matcher(first);
        String name;
        String rest;
        if (end.find()) {
            name = first.substring(0, end.start());
            rest = text.substring(end.end()).trim();
        } else {
            // a sentence naming the system: what follows its first name describes it
            name = latin.find() ? first.substring(0, latin.end()) : first;
            rest = text.substring(name.length()).trim();
        }
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        if (name.isBlank()) {
            lacking.add("an item names no system");
        } else if (rest.codePointCount(0, rest.length()) < DESCRIPTION) {
            lacking.add("'" + shown + "' has no description");
        }
    }
}

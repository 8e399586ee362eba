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

public final class BilingualTermsRule extends SectionRule<BilingualTermsRule.BilingualTerms> {

    private static final Pattern READS = Pattern.compile("(?:術語|术语|名詞|名词)\\s*(?:需|須|必須)?\\s*中英(?:文)?對照|(?:术语)?中英对照"
            + "|terms?\\s+(?:in|with)\\s+(?:both\\s+)?(?:English\\s+and\\s+Chinese|Chinese\\s+and\\s+English)",
            Pattern.CASE_INSENSITIVE);
    /** A word that is a name rather than a term to translate: an acronym (SLO, JWKS) or a CamelCase name (ShedLock). */
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z0-9]{2,}s?|[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /** Where a term's name ends in its line: a colon, a dash. */
    private static final Pattern NAME_END = Pattern.compile("[：:]|\\s[—–-]\\s");

    /** Reads "術語需中英對照". */
    public static final ClauseForm FORM = clause -> READS.matcher(clause).find()
            ? Optional.of(new BilingualTerms()) : Optional.empty();

    /** Each term of the section is named in English and in Chinese. */
    public record BilingualTerms() implements Check {
    }

    public BilingualTermsRule() {
        super("section.bilingual-terms", Severity.WARNING,
                "A section whose rubric asks for terms in Chinese and English (\"術語需中英對照\") names each term in both: "
                        + "Latin letters and a Chinese character in the term's name; a name made only of acronyms and "
                        + "CamelCase names (SLI / SLO, ShedLock) has nothing to translate. The terms are the section's "
                        + "sub-headings; else its bold-led paragraphs; else the names before a colon of its list items. "
                        + "A warning: a proper name (a product, a person) may rightly stand untranslated.",
                BilingualTerms.class);
    }

    @Override
    String problem(SectionView section, BilingualTerms check) {
        List<String> missing = new ArrayList<>();
        for (String term : terms(section)) {
            boolean latin = term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
            boolean han = term.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if ((!latin || !han) && !(latin && onlyNames(term))) {
                missing.add("'" + term + "' (no " + (latin ? "Chinese" : "English") + " name)");
            }
        }
        return missing.isEmpty() ? null : "has " + plural(missing.size(), "term") + " not named in both languages: "
                + String.join(", ", missing);
    }

    /** Every word is an acronym or a CamelCase name ("SLI / SLO / SLA", "ShedLock"): nothing to translate. */
    static boolean onlyNames(String term) {
        Matcher word = WORD.matcher(term);
        boolean any = false;
        while (word.find()) {
            if (!NAME_WORD.matcher(word.group()).matches() && !word.group().equals("vs")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static List<String> terms(SectionView section) {
        List<String> terms = new ArrayList<>();
        for (Section child : section.children()) {
            terms.add(child.heading().text().trim());
        }
        if (!terms.isEmpty()) {
            return terms;
        }
        List<String> listed = new ArrayList<>();
        for (Block block : section.ownBlocks()) {
            if (block instanceof Block.Paragraph paragraph && paragraph.boldLead()) {
                terms.add(name(paragraph.text()));
            } else if (block instanceof Block.ListBlock list) {
                list.items().stream().filter(item -> NAME_END.matcher(item.text()).find())
                        .forEach(item -> listed.add(name(item.text())));
            }
        }
        return terms.size() >= 2 ? terms : listed;
    }

    private static String name(String line) {
        String first = line.split("\n", 2)[0];
        Matcher end = NAME_END.matcher(first);
        return (end.find() ? first.substring(0, end.start()) : first).replace("*", "").trim();
    }
}

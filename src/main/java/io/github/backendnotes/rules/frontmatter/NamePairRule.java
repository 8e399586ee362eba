package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.ValueForm;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class NamePairRule extends FrontMatterRule {

    /** "英文名 / 中文名", "模式英文名 / 中文名", "English name / Chinese name": the separator as the rubric writes it. */
    private static final Pattern PAIR = Pattern.compile(
            "^\\S*?(?:英文|English)\\s*(?:名稱|名称|名|name|title)\\s*?(\\s[/|｜]\\s|[/|｜])\\s*\\S*?(?:中文|Chinese)\\s*(?:名稱|名称|名|name|title)$",
            Pattern.CASE_INSENSITIVE);

    /** Reads "英文名 / 中文名" and its English wording. */
    public static final ValueForm FORM = (description, type, fieldNames, unread) -> {
        Matcher pair = PAIR.matcher(description.trim());
        return pair.matches() ? Optional.of(new ValueConstraint.NamePair(spaced(pair.group(1)))) : Optional.empty();
    };

    public NamePairRule() {
        super("frontmatter.name-pair", Severity.ERROR,
                "A field the rubric describes as an English and a Chinese name (\"英文名 / 中文名\") holds both, joined "
                        + "by the rubric's separator: Latin letters before it (no Chinese character), at least one "
                        + "Chinese character after it. The first separator with the rubric's spacing splits, so "
                        + "\"CI/CD & Deployment / CI/CD 與部署\" reads as two names.");
    }

    @Override
    void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field, Findings out) {
        for (ValueConstraint.NamePair pair : requirement.constraints(ValueConstraint.NamePair.class)) {
            FieldValues.text(field.value()).map(String::trim).filter(text -> !isPair(text, pair.separator()))
                    .ifPresent(text -> out.report(this, field.value().line(), field.value().column(), "field '"
                            + requirement.name() + "' is '" + text + "', expected an English name and a Chinese name "
                            + "joined by '" + pair.separator() + "' (" + requirement.source() + ": "
                            + requirement.description() + ")"));
        }
    }

    static boolean isPair(String text, String separator) {
        int at = text.indexOf(separator);
        if (at <= 0) {
            return false;
        }
        String first = text.substring(0, at);
        String second = text.substring(at + separator.length());
        return first.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                && first.codePoints().noneMatch(NamePairRule::isHan)
                && second.codePoints().anyMatch(NamePairRule::isHan);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The separator with one space each side when the rubric spaces it ("英文名 / 中文名"), else bare. */
    private static String spaced(String separator) {
        String bare = separator.trim();
        return separator.startsWith(" ") || separator.endsWith(" ") ? " " + bare + " " : bare;
    }
}

package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

public final class RelativeLinkRule extends SectionRule<RelativeLinkRule.RelativeLink> {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** Reads "使用相對路徑連結" and "relative link". */
    public static final ClauseForm FORM = clause -> clause.contains("相對路徑連結")
            || clause.toLowerCase(Locale.ROOT).contains("relative link") ? Optional.of(new RelativeLink()) : Optional.empty();

    /** At least one relative Markdown link. */
    public record RelativeLink() implements Check {
        /** "含相對連結", "relative links": a checklist condition this check covers. */
        @Override
        public boolean restatedBy(String checklistLine) {
            return checklistLine.contains("相對連結") || checklistLine.contains("相對路徑")
                    || checklistLine.toLowerCase(Locale.ROOT).contains("relative link");
        }
    }

    public RelativeLinkRule() {
        super("section.relative-link", Severity.ERROR,
                "A section the rubric asks for relative links (\"使用相對路徑連結\") has a relative Markdown link.",
                RelativeLink.class);
    }

    @Override
    String problem(SectionView section, RelativeLink check) {
        boolean relative = section.links().stream().anyMatch(link -> link.kind() == Link.Kind.MARKDOWN
                && !link.target().isEmpty() && !link.target().startsWith("#") && !link.target().startsWith("/")
                && !SCHEME.matcher(link.target()).find());
        return relative ? null : "has no relative Markdown link";
    }
}

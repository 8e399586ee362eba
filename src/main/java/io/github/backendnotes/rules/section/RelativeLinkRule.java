package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.SectionRequirement.RelativeLink;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.regex.Pattern;

public final class RelativeLinkRule extends SectionRule<RelativeLink> {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

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

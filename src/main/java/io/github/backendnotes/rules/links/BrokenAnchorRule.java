package io.github.backendnotes.rules.links;

import io.github.backendnotes.check.LinkResolver;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;

public final class BrokenAnchorRule extends LinkOutcomeRule {

    public BrokenAnchorRule() {
        super("links.broken-anchor", Severity.ERROR,
                "A link's #anchor names a heading of its target (GitHub-style slugs, CJK headings included).",
                LinkResolver.Outcome.MISSING_ANCHOR);
    }

    @Override
    String message(VaultContext vault, Link link, LinkResolver.Resolution resolution) {
        return "link " + written(link) + ": no heading '#" + resolution.anchor() + "' in '" + resolution.target() + "'";
    }
}

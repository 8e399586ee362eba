package io.github.backendnotes.rules.links;

import io.github.backendnotes.check.LinkResolver;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;

public final class BrokenAnchorRule extends LinkOutcomeRule {

    public BrokenAnchorRule() {
        super("links.broken-anchor", Severity.ERROR,
                "A link's #fragment names a heading, nested heading or block of its target note (by Obsidian's or "
                        + "GitHub's rules).",
                LinkResolver.Outcome.MISSING_ANCHOR);
    }

    @Override
    String message(VaultContext vault, Link link, LinkResolver.Resolution resolution) {
        if (!resolution.detail().isEmpty()) {
            return "link " + written(link) + ": " + resolution.detail();
        }
        return "link " + written(link) + ": no heading '#" + resolution.anchor() + "' in '" + resolution.target() + "'";
    }
}

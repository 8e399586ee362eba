package io.github.backendnotes.rules.links;

import io.github.backendnotes.check.LinkResolver;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;

public final class OutsideRootRule extends LinkOutcomeRule {

    public OutsideRootRule() {
        super("links.outside-root", Severity.ERROR,
                "A link does not lead outside the notes root (../ past the root, file: URLs); its target is never opened.",
                LinkResolver.Outcome.OUTSIDE_ROOT);
    }

    @Override
    String message(VaultContext vault, Link link, LinkResolver.Resolution resolution) {
        return "link " + written(link) + " leads outside the notes root; it is not followed";
    }
}

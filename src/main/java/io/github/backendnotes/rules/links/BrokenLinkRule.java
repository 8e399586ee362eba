package io.github.backendnotes.rules.links;

import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Severity;

public final class BrokenLinkRule extends LinkOutcomeRule {

    public BrokenLinkRule() {
        super("links.broken", Severity.ERROR,
                "A relative Markdown link, image or wiki link points to a file or folder that exists.",
                LinkResolver.Outcome.MISSING);
    }

    @Override
    String message(Link link, LinkResolver.Resolution resolution) {
        String kind = switch (link.kind()) {
            case WIKI -> "wiki link " + written(link) + " matches no note";
            case IMAGE -> "image " + written(link) + " does not exist";
            case MARKDOWN -> "link " + written(link) + " does not exist";
        };
        return resolution.target() == null || link.kind() == Link.Kind.WIKI ? kind : kind + " (resolved to '" + resolution.target() + "')";
    }
}

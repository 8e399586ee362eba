package io.github.backendnotes.rules.links;

import io.github.backendnotes.check.LinkResolver;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;

import java.util.ArrayList;
import java.util.List;

public final class BrokenLinkRule extends LinkOutcomeRule {

    public BrokenLinkRule() {
        super("links.broken", Severity.ERROR,
                "A relative Markdown link, image or wiki link points to a file or folder that exists.",
                LinkResolver.Outcome.MISSING);
    }

    @Override
    String message(VaultContext vault, Link link, LinkResolver.Resolution resolution) {
        String kind = switch (link.kind()) {
            case WIKI -> "wiki link " + written(link) + " matches no note";
            case IMAGE -> "image " + written(link) + " does not exist";
            case MARKDOWN -> "link " + written(link) + " does not exist";
        };
        String detail = resolution.detail();
        if (detail.startsWith("tried")) {
            return kind + ": " + detail;
        }
        if (resolution.target() == null || link.kind() == Link.Kind.WIKI) {
            return detail.isEmpty() ? kind : kind + "; " + detail;
        }
        if (!detail.isEmpty()) {
            return kind + " (resolved to '" + resolution.target() + "'); " + detail;
        }
        // case-insensitive file systems hide this one; GitHub and Linux do not
        return kind + vault.index().differingInCase(resolution.target())
                .map(other -> " ('" + other + "' differs only in letter case)")
                .orElse(" (resolved to '" + resolution.target() + "')");
    }

    /** The path the link would lead to, and the file whose name differs from it only in letter case. */
    @Override
    List<String> related(VaultContext vault, LinkResolver.Resolution resolution) {
        if (resolution.target() == null) {
            return List.of();
        }
        List<String> related = new ArrayList<>(List.of(resolution.target()));
        vault.index().differingInCase(resolution.target()).ifPresent(related::add);
        return related;
    }
}

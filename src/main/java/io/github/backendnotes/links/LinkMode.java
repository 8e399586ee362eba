package io.github.backendnotes.links;

/**
 * The resolution a run uses, and why.
 *
 * @param resolution    whose rules resolve the links
 * @param reason        how it was chosen: the parameter, the configuration, or what the notes root shows
 * @param markdownLinks whether the vault's Obsidian settings make Markdown links its convention for new links
 *                      ({@code useMarkdownLinks}); false when unknown
 */
public record LinkMode(LinkResolution resolution, String reason, boolean markdownLinks) {

    public static LinkMode of(LinkResolution resolution, String reason) {
        return new LinkMode(resolution, reason, false);
    }

    public boolean obsidian() {
        return resolution == LinkResolution.OBSIDIAN;
    }
}

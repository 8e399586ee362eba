package io.github.backendnotes.links;

import org.junit.jupiter.api.Test;

import static io.github.backendnotes.links.LinkVault.image;
import static io.github.backendnotes.links.LinkVault.markdown;
import static io.github.backendnotes.links.LinkVault.wiki;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GitHub's rules, one at a time. */
class GithubResolverTest {

    private final GithubResolver resolver = new GithubResolver(new LinkVault()
            .note("README.md", "# Project\n\n<a name=\"legacy-anchor\"></a>\n\n## Setup\n\n## Setup\n\n## x 1\n")
            .note("docs/Guide.md", "# Guide ![logo](logo.png)\n\n## The `run()` call <!-- stable -->\n\n"
                    + "<span id=\"custom\">here</span>\n\n## 1\uFE0F\u20E3 First\n")
            .note("docs/readme.md", "# Docs\n")
            .file("docs/logo.png")
            .names());

    private Resolved resolve(String from, io.github.backendnotes.model.Link link) {
        return resolver.resolve(from, link);
    }

    @Test
    void pathsAreRelativeToTheFileOrToTheRootWithASlash() {
        assertEquals("docs/Guide.md", resolve("README.md", markdown("docs/Guide.md")).target());
        assertEquals("README.md", resolve("docs/Guide.md", markdown("../README.md")).target());
        assertEquals("README.md", resolve("docs/Guide.md", markdown("/README.md")).target());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("README.md", markdown("docs/")).outcome());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("docs/Guide.md", image("logo.png#dark")).outcome());
    }

    @Test
    void letterCaseAndMdAreExactAndTheMessageSaysObsidianWouldFindThem() {
        Resolved otherCase = resolve("README.md", markdown("docs/guide.md"));
        assertEquals(Resolved.Outcome.MISSING, otherCase.outcome());
        assertEquals("'docs/Guide.md' differs only in letter case: it works in Obsidian but not on GitHub",
                otherCase.detail());
        Resolved withoutMd = resolve("README.md", markdown("docs/Guide"));
        assertEquals(Resolved.Outcome.MISSING, withoutMd.outcome());
        assertEquals("the note is 'docs/Guide.md': Obsidian finds it without .md, GitHub does not", withoutMd.detail());
        // no lookup by name
        assertEquals(Resolved.Outcome.MISSING, resolve("README.md", markdown("Guide.md")).outcome());
    }

    @Test
    void wikiLinksAreNotLinks() {
        assertEquals(Resolved.Outcome.NOT_A_LINK, resolve("README.md", wiki("Guide")).outcome());
        assertEquals(Resolved.Outcome.NOT_A_LINK, resolve("README.md", wiki("nowhere#at all")).outcome());
    }

    @Test
    void fragmentsAreGithubAnchorsOrHtmlAnchors() {
        for (String fragment : new String[] {"setup", "setup-1", "x-1", "legacy-anchor", "top", "Setup"}) {
            assertEquals(Resolved.Outcome.RESOLVED, resolve("docs/Guide.md", markdown("../README.md#" + fragment))
                    .outcome(), fragment);
        }
        // the image's alt text is not part of the anchor; the space before a trailing comment is
        assertEquals(Resolved.Outcome.RESOLVED, resolve("README.md", markdown("docs/Guide.md#guide-")).outcome());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("README.md", markdown("docs/Guide.md#the-run-call-"))
                .outcome());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("README.md", markdown("docs/Guide.md#custom")).outcome());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("README.md",
                markdown("docs/Guide.md#1\uFE0F\u20E3-first")).outcome());
        Resolved missing = resolve("README.md", markdown("docs/Guide.md#the-run-call"));
        assertEquals(Resolved.Outcome.MISSING_ANCHOR, missing.outcome());
        assertEquals("no heading '#the-run-call' in 'docs/Guide.md'; did you mean #the-run-call-?", missing.detail());
    }
}

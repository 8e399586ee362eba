package io.github.backendnotes.links;

import org.junit.jupiter.api.Test;

import static io.github.backendnotes.links.LinkVault.image;
import static io.github.backendnotes.links.LinkVault.markdown;
import static io.github.backendnotes.links.LinkVault.wiki;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Obsidian's rules, one at a time. */
class ObsidianResolverTest {

    private final ObsidianResolver resolver = new ObsidianResolver(new LinkVault()
            .note("Home.md", "# Home\n")
            .note("API/Editor.md", "# Editor\n\n## Methods\n\n### getCursor\n\n## Events\n\n### change\n")
            .note("API/Editor/getCursor.md", "# getCursor\n\nReturns the cursor. ^returns\n")
            .note("API/Editor/setCursor.md", "# setCursor\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n^table-id\n")
            .note("Guide/Setup.md", "# Setup\n\n## What's new? (v2.0)\n\n- item ^item-1\n")
            .note("Guide/Plugins/Setup.md", "# Setup of plugins\n")
            .note("Other/Setup.md", "# Other setup\n")
            .note("Deep/er/Setup.md", "# Deeper setup\n")
            .note("Notes/xer/Setup.md", "# Setup under xer\n")
            .note("05_chapters/02_second_chapter.md", "# Second\n")
            .file("Attachments/bases-noshadow.png")
            .file("API/diagram.svg")
            .names());

    private Resolved resolve(String from, io.github.backendnotes.model.Link link) {
        return resolver.resolve(from, link);
    }

    @Test
    void markdownLinksWithoutMdResolveLikeWikiLinks() {
        assertEquals("API/Editor/getCursor.md", resolve("API/Editor.md", markdown("Editor/getCursor")).target());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("API/Editor.md", markdown("Editor/getCursor")).outcome());
        // a partial path from inside the folder it names
        assertEquals("API/Editor/getCursor.md", resolve("API/Editor/setCursor.md", markdown("Editor/getCursor"))
                .target());
        assertEquals("Home.md", resolve("API/Editor.md", markdown("Home")).target());
        assertEquals("Home.md", resolve("API/Editor.md", markdown("/Home.md")).target());
    }

    @Test
    void pathsRelativeThenFromTheRootThenByNameInAnyCase() {
        assertEquals("API/Editor.md", resolve("API/Editor/getCursor.md", markdown("../Editor.md")).target());
        assertEquals("API/Editor.md", resolve("Guide/Setup.md", wiki("API/Editor")).target());
        assertEquals("API/Editor.md", resolve("Guide/Setup.md", wiki("api/EDITOR")).target());
        assertEquals("API/Editor/getCursor.md", resolve("Home.md", wiki("getcursor")).target());
        assertEquals("API/Editor/getCursor.md", resolve("Home.md", markdown("getCursor.md")).target());
    }

    @Test
    void attachmentsByFileNameAndTheirFragmentIsADisplayHint() {
        Resolved image = resolve("Guide/Setup.md", image("bases-noshadow.png#interface"));
        assertEquals(Resolved.Outcome.RESOLVED, image.outcome());
        assertEquals("Attachments/bases-noshadow.png", image.target());
        assertEquals("API/diagram.svg", resolve("Home.md", wiki("diagram.svg|300")).target() == null ? null
                : resolve("Home.md", wiki("diagram.svg")).target());
    }

    @Test
    void aSharedNamePrefersTheLinkingNotesFolderThenTheShortestPath() {
        assertEquals("Guide/Plugins/Setup.md", resolve("Guide/Plugins/Other.md", wiki("Setup")).target());
        assertEquals("Guide/Setup.md", resolve("Guide/Plugins/Setup.md", wiki("Guide/Setup")).target());
        // from elsewhere: the shortest path, then the first in order
        assertEquals("Guide/Setup.md", resolve("Home.md", wiki("Setup")).target());
        assertEquals("Deep/er/Setup.md", resolve("Home.md", wiki("er/Setup")).target());
    }

    @Test
    void headingsByTextNestedAndInAnyCase() {
        assertEquals(Resolved.Outcome.RESOLVED, resolve("Home.md", wiki("Editor#Methods")).outcome());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("Home.md", wiki("Editor#methods#GETCURSOR")).outcome());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("Home.md", markdown("API/Editor.md#Events%20")).outcome());
        // punctuation aside, as Obsidian normalises it
        assertEquals(Resolved.Outcome.RESOLVED, resolve("Home.md", wiki("Guide/Setup#What's new (v2.0)")).outcome());
        // getCursor is under Methods, not under Events
        assertEquals("no heading 'Method' in 'API/Editor.md'; nearest heading: 'Methods'",
                resolve("Home.md", wiki("Editor#Method")).detail());
        Resolved nested = resolve("Home.md", wiki("Editor#Events#getCursor"));
        assertEquals(Resolved.Outcome.MISSING_ANCHOR, nested.outcome());
        assertEquals("no heading 'getCursor' under 'Events' in 'API/Editor.md'; 'getCursor' is under 'Methods'",
                nested.detail());
    }

    @Test
    void blockReferencesNameABlockId() {
        assertEquals(Resolved.Outcome.RESOLVED, resolve("Home.md", wiki("getCursor#^returns")).outcome());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("Home.md", wiki("setCursor#^table-id")).outcome());
        assertEquals(Resolved.Outcome.RESOLVED, resolve("Home.md", wiki("Guide/Setup#^item-1")).outcome());
        Resolved broken = resolve("Home.md", wiki("getCursor#^return"));
        assertEquals(Resolved.Outcome.MISSING_ANCHOR, broken.outcome());
        assertEquals("no block ^return in 'API/Editor/getCursor.md'; did you mean ^returns?", broken.detail());
    }

    @Test
    void aGithubAnchorIsAcceptedForNotesReadInBothPlaces() {
        assertEquals(Resolved.Outcome.RESOLVED, resolve("Home.md", markdown("Guide/Setup.md#whats-new-v20")).outcome());
    }

    @Test
    void aBrokenLinkSaysWhatWasTriedAndTheNearestNote() {
        Resolved broken = resolve("05_chapters/01_first.md", markdown("02_second.md"));
        assertEquals(Resolved.Outcome.MISSING, broken.outcome());
        assertEquals("tried '05_chapters/02_second.md' (relative to the note), '02_second.md' (from the vault root)"
                + " and the name '02_second' anywhere in the vault; did you mean '05_chapters/02_second_chapter.md'?",
                broken.detail());
        assertTrue(resolve("Home.md", wiki("Edtor")).detail().endsWith("did you mean 'API/Editor.md'?"));
        // a generated name that ends with a note's
        assertTrue(resolve("API/Editor.md", markdown("obsidian.editor.getcursor.md")).detail()
                .endsWith("did you mean 'API/Editor/getCursor.md'?"));
        // a heading that shares most of its words
        assertEquals("no heading 'Whats changed (v2.0)' in 'Guide/Setup.md'; nearest heading: 'What's new? (v2.0)'",
                resolve("Home.md", wiki("Guide/Setup#Whats changed (v2.0)")).detail());
    }

    @Test
    void outsideTheRootAndExternal() {
        assertEquals(Resolved.Outcome.OUTSIDE_ROOT, resolve("Home.md", markdown("../secret.md")).outcome());
        assertEquals(Resolved.Outcome.OUTSIDE_ROOT, resolve("Home.md", markdown("file:///etc/passwd")).outcome());
        assertEquals(Resolved.Outcome.EXTERNAL, resolve("Home.md", markdown("https://obsidian.md")).outcome());
        assertEquals(Resolved.Outcome.EXTERNAL, resolve("Home.md", markdown("obsidian://open?vault=x")).outcome());
    }

    @Test
    void aNamesPathEndMatchesWholeFoldersAndAnswersTheSameWhenAskedAgain() {
        // "er/Setup" is the end of Deep/er/Setup.md, not of Notes/xer/Setup.md
        for (int asked = 0; asked < 2; asked++) {
            assertEquals("Deep/er/Setup.md", resolve("Home.md", wiki("er/Setup")).target());
            assertEquals("Deep/er/Setup.md", resolve("Home.md", markdown("ER/setup.md")).target());
            assertEquals("Attachments/bases-noshadow.png", resolve("Home.md", wiki("attachments/BASES-noshadow.png"))
                    .target());
            assertEquals(Resolved.Outcome.MISSING, resolve("Home.md", wiki("r/Setup")).outcome());
        }
        // by name, the note in the linking note's folder comes first
        assertEquals("Other/Setup.md", resolve("Other/x.md", wiki("Setup")).target());
    }
}

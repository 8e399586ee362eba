package io.github.backendnotes.rules.links;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.verifyRules;
import static io.github.backendnotes.TestVaults.write;
import static io.github.backendnotes.TestVaults.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** links.broken, links.broken-anchor and links.outside-root through engine runs on a small vault. */
class LinkRulesTest {

    @TempDir
    Path root;

    @BeforeEach
    void targets() {
        write(root, "notes/b.md", "# Bee\n\n## First\n\n## Second part\n\n## 第三 節\n");
        write(root, "notes/my note.md", "# Spaced\n");
        write(root, "notes/sub/deep.md", "# Deep\n");
        write(root, "other/c.md", "# Sea\n\n## Harbour\n");
        writeBytes(root, "notes/img/pic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void markdownLinksAndImages() throws IOException {
        write(root, "notes/a.md", """
                # Start

                ## Intent / 意圖

                - [b](b.md)
                - [b again](./b.md)
                - [c](../other/c.md#harbour)
                - [root](/other/c.md)
                - [spaced](my%20note.md)
                - [part](b.md#second-part)
                - [cjk](b.md#第三-節)
                - [nope](b.md#nope)
                - [self](#intent--意圖)
                - [self missing](#intent)
                - ![pic](img/pic.png)
                - ![gone](img/gone.png)
                - [folder](../other/)
                - [sub folder](sub)
                - [missing](nothing.md)
                - [missing folder](ghost/)
                """);
        assertEquals(List.of(
                "notes/a.md:12:3: error [links.broken-anchor] link 'b.md#nope': no heading '#nope' in 'notes/b.md'",
                "notes/a.md:14:3: error [links.broken-anchor] link '#intent': no heading '#intent' in 'notes/a.md'",
                "notes/a.md:16:3: error [links.broken] image 'img/gone.png' does not exist (resolved to 'notes/img/gone.png')",
                "notes/a.md:19:3: error [links.broken] link 'nothing.md' does not exist (resolved to 'notes/nothing.md')",
                "notes/a.md:20:3: error [links.broken] link 'ghost/' does not exist (resolved to 'notes/ghost')"),
                full(verifyRules(root, "links.")));
    }

    @Test
    void externalUrlsAreNotCheckedFileUrlsAndClimbingOutAreReported() throws IOException {
        write(root, "notes/a.md", """
                # Out

                [web](https://example.com/missing.md) and [mail](mailto:x@example.com)
                and [local](file:///etc/hosts) and [up](../../../etc/hosts)
                and [just above](../../outside.md) and [back in](../notes/b.md)
                """);
        assertEquals(List.of(
                "notes/a.md:4:5: error [links.outside-root] link 'file:///etc/hosts' leads outside the notes root; it is not followed",
                "notes/a.md:4:36: error [links.outside-root] link '../../../etc/hosts' leads outside the notes root; it is not followed",
                "notes/a.md:5:5: error [links.outside-root] link '../../outside.md' leads outside the notes root; it is not followed"),
                full(verifyRules(root, "links.")));
    }

    @Test
    void linksInCodeAreNotLinks() throws IOException {
        write(root, "notes/a.md", """
                # Code

                Inline `[x](nothing.md)` and `[[nothing]]` are code.

                ```python
                print("[y](missing.md)")
                grid = [[nothing]]
                ```

                    [indented](missing.md)
                """);
        assertEquals(List.of(), full(verifyRules(root, "links.")));
    }

    @Test
    void wikiLinks() throws IOException {
        // an Obsidian vault, where wiki links are links
        java.nio.file.Files.createDirectories(root.resolve(".obsidian"));
        write(root, "notes/w.md", """
                # Wiki

                - [[b]]
                - [[b|the bee]]
                - [[b#Second part]]
                - [[b#Nowhere]]
                - [[sub/deep]]
                - [[../other/c]]
                - [[other/c#Harbour]]
                - [[B]]
                - [[MY NOTE]]
                - ![[pic.png]]
                - [[missing]]
                - [[sub/missing]]
                - matrix [[1,2]] and [[3, 4]]
                """);
        write(root, "other/d.md", "# D\n\nSee [[sub/deep]] (the end of a path) and [[../../x]].\n");
        assertEquals(List.of(
                "notes/w.md:6:3: error [links.broken-anchor] link [[b#Nowhere]]: no heading 'Nowhere' in 'notes/b.md'",
                "notes/w.md:13:3: error [links.broken] wiki link [[missing]] matches no note: tried 'notes/missing.md'"
                        + " (relative to the note), 'missing.md' (from the vault root) and the name 'missing' anywhere"
                        + " in the vault",
                "notes/w.md:14:3: error [links.broken] wiki link [[sub/missing]] matches no note: tried 'notes/sub/missing.md'"
                        + " (relative to the note), 'sub/missing.md' (from the vault root) and the name 'missing'"
                        + " anywhere in the vault",
                "other/d.md:3:42: error [links.outside-root] link [[../../x]] leads outside the notes root; it is not followed"),
                full(verifyRules(root, "links.")));
    }
}

package io.github.backendnotes.rules.links;

import io.github.backendnotes.rules.VaultFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.rules.VaultFixture.related;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The files the links.* findings concern besides the note whose link it is: where the link leads, or would. */
class LinkRelatedTest {

    private static final VaultFixture VAULT = VaultFixture.of(
            "INDEX.md", "- [a](notes/a.md)\n",
            "notes/a.md", """
                    # A

                    - [gone](gone.md)
                    - [case](B.md)
                    - [[nowhere]]
                    - ![pic](img/pic.png)
                    - [anchor](b.md#nope)
                    - [self](#nope)
                    - [out](../../x.md)
                    """,
            "notes/b.md", "# B\n",
            "notes/lonely.md", "# Lonely\n").files("notes/img/pic.png");

    @Test
    void aBrokenLinkConcernsThePathItWouldLeadToAndTheFileDifferingInCase() {
        assertEquals(List.of(
                "notes/a.md:3 links.broken -> [notes/gone.md]",
                "notes/a.md:4 links.broken -> [notes/B.md, notes/b.md]",
                "notes/a.md:5 links.broken -> []"),
                related(VAULT.run(new BrokenLinkRule())));
    }

    @Test
    void aBrokenAnchorConcernsItsTargetUnlessThatIsTheNoteItself() {
        assertEquals(List.of("notes/a.md:7 links.broken-anchor -> [notes/b.md]", "notes/a.md:8 links.broken-anchor -> []"),
                related(VAULT.run(new BrokenAnchorRule())));
    }

    @Test
    void aLinkOutsideTheRootAndAnOrphanConcernNoOtherFile() {
        assertEquals(List.of("notes/a.md:9 links.outside-root -> []"), related(VAULT.run(new OutsideRootRule())));
        assertEquals(List.of("notes/lonely.md:0 links.orphan -> []"),
                related(VAULT.run(new OrphanRule())));
    }
}

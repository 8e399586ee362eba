package io.github.backendnotes.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.github.backendnotes.TestVaults.note;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugsTest {

    @Test
    void slashBetweenSpacesLeavesTwoHyphensAndCjkIsKept() {
        assertEquals("intent--意圖", Slugs.slug("Intent / 意圖"));
    }

    @Test
    void punctuationIsDroppedHyphenAndUnderscoreKept() {
        assertEquals("whats-new-in-v20", Slugs.slug("What's new, in v2.0?"));
        assertEquals("snake_case-and-kebab-case", Slugs.slug("snake_case and kebab-case!"));
        assertEquals("q1-為什麼", Slugs.slug("Q1: 為什麼？"));
    }

    @Test
    void inlineCodeBackticksAreDropped() {
        assertEquals("the-go-keyword", Slugs.slug("The `go` keyword"));
        // as the parser keeps the heading text, with its code span in backticks
        Note parsed = note("a.md", "# Using `defer()` well\n");
        assertEquals(Set.of("using-defer-well"), Slugs.anchors(parsed.headings()));
    }

    @Test
    void asciiAndOtherTextAreSluggedAlike() {
        StringBuilder ascii = new StringBuilder();
        for (char c = ' '; c < 127; c++) {
            ascii.append(c);
        }
        String expected = "--0123456789abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz";
        assertEquals(expected, Slugs.slug(ascii.toString()));
        // a character beyond ASCII takes the other way through the same rules
        assertEquals(expected + "é", Slugs.slug(ascii + "É"));
        // a character beyond the BMP is kept whole
        assertEquals("a-\uD835\uDCB3", Slugs.slug("A `\uD835\uDCB3`"));
        // backticks are dropped before lower-casing: a capital sigma before one is not word-final
        assertEquals("κοσmos", Slugs.slug("ΚΟΣ`mos`"));
    }

    @Test
    void eachCodePointLowerCasedAloneGivesTheSlugOfTheTextLowerCasedAsAWhole() {
        // ASCII, backticks, the context-dependent sigma, the dotted I, the Kelvin sign, sharp s, marks, CJK,
        // full-width forms, letters beyond the BMP that have a lower case, and lone surrogates
        String[] pool = {"a", "Z", " ", "`", "-", "_", "!", "9", "\u03A3", "\u03C3", "\u0130", "\u0131", "\u212A",
                "\u00DF", "\u00C9", "\u0301", "\u0903", "\u610F", "\uFF21", "\uFF1F", "\u13A0", "\u1E9E",
                "\uD801\uDC00", "\uD835\uDCB3", "\uD83D\uDE00", "\uD800", "\uDC00"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(random.nextInt(4) == 0 ? String.valueOf((char) random.nextInt(0x10000))
                        : pool[random.nextInt(pool.length)]);
            }
            String heading = text.toString();
            assertEquals(Slugs.slugOfLowerCased(heading), Slugs.slug(heading), () -> "slug of " + heading.chars()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void repeatedHeadingsGetNumberedSuffixes() {
        List<Heading> headings = note("a.md", """
                # Example

                ## Example

                ### Example

                ## Other
                """).headings();
        assertEquals(Set.of("example", "example-1", "example-2", "other"), Slugs.anchors(headings));
    }

    @Test
    void suffixesCountHeadingsWithTheSameSlugNotTheSameText() {
        List<Heading> headings = List.of(new Heading(2, "Setup!", 1, 1), new Heading(2, "setup", 3, 1));
        assertEquals(Set.of("setup", "setup-1"), Slugs.anchors(headings));
    }
}

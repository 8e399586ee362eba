package io.github.backendnotes.model;

import io.github.backendnotes.RandomTexts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedCollectionsTest {

    /** Texts short enough to repeat and to collide: "Aa" and "BB" have the same hash. */
    private static final List<String> TEXTS = RandomTexts.of(7, 400, 5, "a", "Aa", "BB", "意圖", " ", "-", "x1");

    @Test
    void packedHeadingsAreTheHeadingsTheyWereMadeOf() {
        Random random = new Random(19);
        SummaryStore store = new SummaryStore();
        SummaryStore other = new SummaryStore();
        for (int round = 0; round < 2_000; round++) {
            List<Heading> headings = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                headings.add(new Heading(1 + random.nextInt(6), text(random), random.nextInt(5_000),
                        1 + random.nextInt(4)));
            }
            List<Heading> packed = PackedHeadings.of(headings);
            assertEquals(headings, packed);
            assertEquals(packed, headings);
            assertEquals(headings.hashCode(), packed.hashCode());
            assertEquals(headings.size(), packed.size());
            for (int i = 0; i < count; i++) {
                assertEquals(headings.get(i), packed.get(i));
            }
            assertSame(packed, PackedHeadings.of(packed));
            assertEquals(headings, PackedHeadings.of(headings, store));
            assertEquals(headings, PackedHeadings.of(packed, store));
            // from where one store put them into another
            assertEquals(headings, PackedHeadings.of(PackedHeadings.of(headings, store), other));
        }
    }

    @Test
    void packedHeadingsAreUnmodifiableAndRefuseNullsAndIndexesOutside() {
        List<Heading> packed = PackedHeadings.of(List.of(new Heading(2, "Intent / 意圖", 3, 1), new Heading(3, "", 5, 1)));
        assertEquals(new Heading(3, "", 5, 1), packed.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> packed.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> packed.get(-1));
        assertThrows(UnsupportedOperationException.class, () -> packed.add(new Heading(1, "x", 1, 1)));
        assertThrows(NullPointerException.class, () -> PackedHeadings.of(Arrays.asList(new Heading(1, "x", 1, 1), null)));
    }

    @Test
    void packedLinksAreTheLinksTheyWereMadeOf() {
        Random random = new Random(23);
        SummaryStore store = new SummaryStore();
        SummaryStore other = new SummaryStore();
        Link.Kind[] kinds = Link.Kind.values();
        for (int round = 0; round < 2_000; round++) {
            List<Link> links = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                links.add(new Link(kinds[random.nextInt(kinds.length)], text(random), text(random),
                        random.nextInt(5_000), 1 + random.nextInt(80)));
            }
            List<Link> packed = PackedLinks.of(links, null);
            assertEquals(links, packed);
            assertEquals(packed, links);
            assertEquals(links.hashCode(), packed.hashCode());
            for (int i = 0; i < count; i++) {
                assertEquals(links.get(i), packed.get(i));
            }
            assertSame(packed, PackedLinks.of(packed, null));
            assertEquals(links, PackedLinks.of(links, store));
            assertEquals(links, PackedLinks.of(packed, store));
            assertEquals(links, PackedLinks.of(PackedLinks.of(links, store), other));
        }
    }

    @Test
    void packedLinksAreUnmodifiableRefuseNullsAndKeepALinkWithoutText() {
        List<Link> packed = PackedLinks.of(List.of(new Link(Link.Kind.WIKI, "Note#Part", "", 3, 1),
                new Link(Link.Kind.IMAGE, "", "alt 意圖", 5, 7)), null);
        assertEquals(new Link(Link.Kind.IMAGE, "", "alt 意圖", 5, 7), packed.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> packed.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> packed.get(-1));
        assertThrows(UnsupportedOperationException.class, () -> packed.add(new Link(Link.Kind.WIKI, "x", "x", 1, 1)));
        assertThrows(NullPointerException.class,
                () -> PackedLinks.of(Arrays.asList(new Link(Link.Kind.WIKI, "x", "x", 1, 1), null), null));
        List<Link> withoutText = List.of(new Link(Link.Kind.MARKDOWN, "a.md", null, 1, 1));
        assertEquals(withoutText, PackedLinks.of(withoutText, null));
        assertThrows(UnsupportedOperationException.class, () -> PackedLinks.of(withoutText, null).clear());
    }

    @Test
    void packedStringsAnswerAsTheSetTheyWereMadeOf() {
        Random random = new Random(29);
        SummaryStore store = new SummaryStore();
        SummaryStore other = new SummaryStore();
        for (int round = 0; round < 2_000; round++) {
            Set<String> strings = new LinkedHashSet<>();
            int count = random.nextInt(15);
            for (int i = 0; i < count; i++) {
                strings.add(text(random));
            }
            Set<String> packed = PackedStrings.of(strings);
            assertEquals(strings, packed);
            assertEquals(packed, strings);
            assertEquals(strings.hashCode(), packed.hashCode());
            assertEquals(List.copyOf(strings), List.copyOf(packed));
            for (int probe = 0; probe < 20; probe++) {
                String wanted = text(random);
                assertEquals(strings.contains(wanted), packed.contains(wanted), wanted);
            }
            for (String string : strings) {
                assertTrue(packed.contains(new String(string)));
            }
            assertSame(packed, PackedStrings.of(packed));
            assertEquals(strings, PackedStrings.of(packed, store));
            assertEquals(List.copyOf(strings), List.copyOf(PackedStrings.of(strings, store)));
            Set<String> moved = PackedStrings.of(PackedStrings.of(strings, store), other);
            assertEquals(List.copyOf(strings), List.copyOf(moved));
            assertEquals(strings.hashCode(), moved.hashCode());
            strings.forEach(string -> assertTrue(moved.contains(string)));
        }
    }

    @Test
    void packedStringsKeepEachStringOnceTellApartStringsOfEqualHashAndRefuseNulls() {
        // "Aa" and "BB" have the same hash
        Set<String> packed = PackedStrings.of(List.of("Aa", "x", "Aa", ""));
        assertEquals(List.of("Aa", "x", ""), List.copyOf(packed));
        assertFalse(packed.contains("BB"));
        assertTrue(packed.contains(""));
        assertFalse(packed.contains(null));
        assertFalse(packed.contains(1));
        assertTrue(PackedStrings.of(Set.of("BB", "Aa")).containsAll(List.of("Aa", "BB")));
        assertThrows(UnsupportedOperationException.class, () -> packed.add("y"));
        assertThrows(NullPointerException.class, () -> PackedStrings.of(Arrays.asList("a", null)));
        assertEquals(Set.of(), PackedStrings.of(List.of()));
    }

    private static String text(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }
}

package io.github.backendnotes.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.github.backendnotes.TestVaults.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class SummaryStoreTest {

    @Test
    void textsShareAnArrayUntilItIsFullThenTheNextIsTwiceAsLargeUpToTheLargest() {
        SummaryStore store = new SummaryStore();
        SummaryStore.Span first = store.put("abc");
        SummaryStore.Span second = store.put(new StringBuilder("de"));
        assertSame(first.block(), second.block());
        assertEquals(SummaryStore.FIRST_BLOCK, first.block().length);
        assertEquals(3, second.start());
        assertEquals("abcde", new String(first.block(), 0, 5));
        SummaryStore.Span next = store.put("x".repeat(SummaryStore.FIRST_BLOCK - 4));
        assertNotSame(first.block(), next.block());
        assertEquals(2 * SummaryStore.FIRST_BLOCK, next.block().length);
        int size = next.block().length;
        SummaryStore.Span last = next;
        while (size < SummaryStore.LARGEST_BLOCK) {
            last = store.put("y".repeat(size));
            size = last.block().length;
        }
        assertEquals(SummaryStore.LARGEST_BLOCK, store.put("z".repeat(SummaryStore.LARGEST_BLOCK)).block().length);
        SummaryStore.Span huge = store.put("w".repeat(SummaryStore.LARGEST_BLOCK + 1));
        assertEquals(SummaryStore.LARGEST_BLOCK + 1, huge.block().length);
        assertEquals(0, huge.start());
        char[] chars = ("ab" + "v".repeat(SummaryStore.LARGEST_BLOCK + 1)).toCharArray();
        SummaryStore.Span hugeChars = store.put(chars, 2, SummaryStore.LARGEST_BLOCK + 1);
        assertEquals(SummaryStore.LARGEST_BLOCK + 1, hugeChars.block().length);
        assertEquals('v', hugeChars.block()[0]);
    }

    @Test
    void charactersOfAnArrayGoWhereTextsGo() {
        SummaryStore store = new SummaryStore();
        SummaryStore.Span first = store.put("xy");
        SummaryStore.Span copied = store.put("--abc--".toCharArray(), 2, 3);
        assertSame(first.block(), copied.block());
        assertEquals(2, copied.start());
        assertEquals("xyabc", new String(first.block(), 0, 5));
    }

    @Test
    void numbersShareAnArrayUntilItIsFullThenTheNextIsTwiceAsLargeUpToTheLargest() {
        SummaryStore store = new SummaryStore();
        SummaryStore.Numbers first = store.put(new int[] {7, 1, 2, 3}, 1, 3);
        SummaryStore.Numbers second = store.put(new int[] {4, 5}, 0, 2);
        assertSame(first.block(), second.block());
        assertEquals(SummaryStore.FIRST_NUMBERS, first.block().length);
        assertEquals(3, second.start());
        assertEquals(List.of(1, 2, 3, 4, 5), java.util.Arrays.stream(first.block(), 0, 5).boxed().toList());
        int rest = SummaryStore.FIRST_NUMBERS - 4;
        SummaryStore.Numbers next = store.put(new int[rest], 0, rest);
        assertEquals(2 * SummaryStore.FIRST_NUMBERS, next.block().length);
        int size = next.block().length;
        while (size < SummaryStore.LARGEST_NUMBERS) {
            size = store.put(new int[size], 0, size).block().length;
        }
        assertEquals(SummaryStore.LARGEST_NUMBERS, store.put(new int[1], 0, 1).block().length);
        int[] many = new int[SummaryStore.LARGEST_NUMBERS + 3];
        many[2] = 9;
        SummaryStore.Numbers own = store.put(many, 2, SummaryStore.LARGEST_NUMBERS + 1);
        assertEquals(SummaryStore.LARGEST_NUMBERS + 1, own.block().length);
        assertEquals(0, own.start());
        assertEquals(9, own.block()[0]);
    }

    @Test
    void entriesOfOneRunShareTheArraysOfTheirNumbers() throws Exception {
        SummaryStore store = new SummaryStore();
        NoteSummary first = NoteSummary.of(note("s/01_a.md", "# One\n\n[a](b.md)\n"), store);
        NoteSummary second = NoteSummary.of(note("s/02_b.md", "# Two\n\n## Part\n\n[[c]]\n"), store);
        assertSame(numbers(first.headings()), numbers(second.headings()));
        assertSame(numbers(first.headings()), numbers(second.links()));
        assertSame(numbers(first.headings()), numbers(second.anchors()));
        assertEquals(List.of(new Link(Link.Kind.WIKI, "c", "c", 5, 1)), second.links());
        assertEquals(Set.of("two", "part"), second.anchors());
    }

    private static Object numbers(Object packed) throws ReflectiveOperationException {
        java.lang.reflect.Field field = packed.getClass().getDeclaredField("numbers");
        field.setAccessible(true);
        return field.get(packed);
    }

    @Test
    void entriesOfOneRunPutTheirHeadingsAndAnchorsInOneArrayAndReadThemBackWhole() {
        SummaryStore store = new SummaryStore();
        String text = """
                # %s

                ## Intent / 意圖

                ### Detail %s
                """;
        NoteSummary first = NoteSummary.of(note("s/01_a.md", text.formatted("One", 1)), store);
        NoteSummary second = NoteSummary.of(note("s/02_b.md", text.formatted("Two", 2)), store);
        assertEquals(Set.of("two", "intent--意圖", "detail-2"), second.anchors());
        assertEquals(List.of(new Heading(1, "One", 1, 1), new Heading(2, "Intent / 意圖", 3, 1),
                new Heading(3, "Detail 1", 5, 1)), first.headings());
        assertEquals(NoteSummary.of(note("s/02_b.md", text.formatted("Two", 2))), second);
        assertSame(second.anchors(), second.targets().slugs());
    }

    @Test
    void workersPuttingTextsTogetherEachGetTheirOwnTextBack() throws Exception {
        SummaryStore store = new SummaryStore();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                int seed = task;
                checks.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        String text = seed + ":" + "t".repeat(i % 97) + i;
                        SummaryStore.Span span = store.put(text);
                        if (!text.equals(new String(span.block(), span.start(), text.length()))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertEquals(true, check.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

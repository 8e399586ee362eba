package io.github.backendnotes.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.github.backendnotes.TestVaults.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class SharedTextsTest {

    @Test
    void aTextMetAgainIsTheStringFirstMet() {
        SharedTexts shared = new SharedTexts(8, 10);
        String first = new String("basics");
        assertSame(first, shared.of(first));
        assertSame(first, shared.of(new String("basics")));
    }

    @Test
    void longerTextsAndTextsFirstMetOnceTheTableIsFullAreNotKept() {
        SharedTexts shared = new SharedTexts(8, 2);
        String longer = new String("longer than 8");
        shared.of(longer);
        assertNotSame(longer, shared.of(new String("longer than 8")));
        String a = shared.of(new String("a"));
        shared.of(new String("b"));
        String c = new String("c");
        shared.of(c);
        assertNotSame(c, shared.of(new String("c")));
        assertSame(a, shared.of(new String("a")));
    }

    @Test
    void notesReadByOneThreadShareTheirHeadings() throws Exception {
        onAThreadOfItsOwn(() -> {
            String text = "# %s\n\n## Intent / 意圖\n\n## Pitfalls\n";
            List<String> first = note("a.md", text.formatted("One")).headings().stream().map(h -> h.text()).toList();
            List<String> second = note("b.md", text.formatted("Two")).headings().stream().map(h -> h.text()).toList();
            assertEquals(List.of("Two", "Intent / 意圖", "Pitfalls"), second);
            assertSame(first.get(1), second.get(1));
            assertSame(first.get(2), second.get(2));
        });
    }

    /** A thread's table is filled by whatever it read before: the other tests' notes must not count. */
    static void onAThreadOfItsOwn(Runnable test) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(test);
        thread.setUncaughtExceptionHandler((failed, error) -> failure.set(error));
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }
}

package io.github.backendnotes.check;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompiledPatternsTest {

    @Test
    void compilesEachKeyOnce() {
        AtomicInteger compiled = new AtomicInteger();
        CompiledPatterns<String> words = new CompiledPatterns<>(word -> {
            compiled.incrementAndGet();
            return Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
        });
        Pattern first = words.of("go");
        assertSame(first, words.of("go"));
        assertTrue(words.of("rust").matcher("in rust too").find());
        assertEquals(2, compiled.get());
    }

    @Test
    void startsOverPastItsBound() {
        CompiledPatterns<Integer> numbers = new CompiledPatterns<>(n -> Pattern.compile(String.valueOf(n)));
        for (int n = 0; n < CompiledPatterns.MAX_ENTRIES; n++) {
            numbers.of(n);
        }
        assertEquals(CompiledPatterns.MAX_ENTRIES, numbers.size());
        numbers.of(-1);
        assertEquals(1, numbers.size());
        assertTrue(numbers.of(7).matcher("7").matches());
    }
}

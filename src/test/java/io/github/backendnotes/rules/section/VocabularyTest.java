package io.github.backendnotes.rules.section;

import io.github.backendnotes.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    @Test
    void foldsOnlyAsciiLetters() {
        assertEquals("go ä Ä 中 ok", Vocabulary.foldAscii("Go ä Ä 中 OK"));
        String lower = "already lower 中";
        assertSame(lower, Vocabulary.foldAscii(lower));
    }

    @Test
    void findsTermsAsWords() {
        String text = "Goroutines leak when a Channel is never closed; see Google.";
        String folded = Vocabulary.foldAscii(text);
        assertTrue(Vocabulary.contains(text, folded, "goroutine"));
        assertTrue(Vocabulary.contains(text, folded, "channel"));
        assertFalse(Vocabulary.contains(text, folded, "go"));
        assertFalse(Vocabulary.contains(text, folded, "defer"));
    }

    @Test
    void readsAsTheCaseInsensitivePatternAlone() {
        String[] pieces = {"go", "Go", "GO", "es", "s", " ", "x", "Arc<", "arc<", "中", "é", "É", "-", "Rust"};
        String[] terms = {"go", "arc<", "rust", "é", "x-go"};
        for (String sample : RandomTexts.of(19, 20_000, 8, pieces)) {
            for (String term : terms) {
                String before = Character.isLetter(term.charAt(0)) ? "(?<![A-Za-z])" : "";
                String after = Character.isLetter(term.charAt(term.length() - 1)) ? "(?:e?s)?(?![A-Za-z])" : "";
                boolean expected = Pattern.compile(before + Pattern.quote(term) + after, Pattern.CASE_INSENSITIVE)
                        .matcher(sample).find();
                assertEquals(expected, Vocabulary.contains(sample, Vocabulary.foldAscii(sample), term),
                        () -> "'" + term + "' in '" + sample + "'");
            }
        }
    }
}

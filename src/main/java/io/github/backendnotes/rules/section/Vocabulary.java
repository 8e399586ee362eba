package io.github.backendnotes.rules.section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What mentions a language or system as a reader counts it: its name, an alias, or one of its distinctive
 * terms. The defaults cover the languages the rubrics name; a configuration's {@code vocabulary} adds terms.
 */
final class Vocabulary {

    /** Aliases first, then terms no other language of the rubrics uses. Lower case; matched as words. */
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "go", List.of("golang", "goroutine", "channel", "chan", "defer", "go func", "context.Context",
                    "context.WithValue", "context.WithTimeout", "context.WithCancel", "sync.Mutex", "sync.WaitGroup",
                    "sync.Once", "errgroup", "gofmt", "go vet", "go.mod", "interface{}", "nil map"),
            "rust", List.of("borrow checker", "borrowck", "lifetime", "cargo", "crate", "tokio", "Arc<", "Rc<",
                    "RefCell", "Box<dyn", "unwrap()", "unsafe", "clippy", "trait object", "Option<", "Result<"));

    private Vocabulary() {
    }

    /** The terms that mention {@code name} besides the name itself: the defaults, then the configuration's. */
    static List<String> terms(String name, Map<String, List<String>> configured) {
        Set<String> terms = new LinkedHashSet<>(DEFAULTS.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
        configured.forEach((key, more) -> {
            if (key.equalsIgnoreCase(name)) {
                terms.addAll(more);
            }
        });
        return new ArrayList<>(terms);
    }

    /**
     * Whether the text holds the term as a word: not inside a longer Latin word ("Go" is not in "Google"), a
     * plural allowed ("goroutines"). {@code folded} is the text with its ASCII letters in lower case
     * ({@link #foldAscii}), folded once by the caller for all its terms: a term the folded text does not hold cannot
     * match the case-insensitive pattern, which is only run where it does.
     */
    static boolean contains(String text, String folded, String term) {
        return folded.contains(foldAscii(term)) && WORDS.computeIfAbsent(term, Vocabulary::word).matcher(text).find();
    }

    /** The text with A-Z in lower case, as {@link Pattern#CASE_INSENSITIVE} without Unicode case compares. */
    static String foldAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] = (char) (chars[j] + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }

    /**
     * Each term's pattern, compiled once: the terms are the defaults and the configuration's, a few dozen, and a
     * chapter's sections are tested against each of them.
     */
    private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();

    private static Pattern word(String term) {
        String before = Character.isLetter(term.charAt(0)) ? "(?<![A-Za-z])" : "";
        String after = Character.isLetter(term.charAt(term.length() - 1)) ? "(?:e?s)?(?![A-Za-z])" : "";
        return Pattern.compile(before + Pattern.quote(term) + after, Pattern.CASE_INSENSITIVE);
    }
}

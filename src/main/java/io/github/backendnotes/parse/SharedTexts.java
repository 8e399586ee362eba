package io.github.backendnotes.parse;

import java.util.HashMap;
import java.util.Map;

/**
 * Texts the notes of a vault repeat (front-matter keys and values, the headings a rubric asks for), held as one
 * string each by the thread that reads them: the notes of a run are held until they are checked. Bounded in
 * length and in number, whatever the notes hold; not safe for threads to share.
 */
final class SharedTexts {

    private final int maxLength;
    private final int maxCount;
    private final Map<String, String> texts = new HashMap<>();

    SharedTexts(int maxLength, int maxCount) {
        this.maxLength = maxLength;
        this.maxCount = maxCount;
    }

    /** One table for each thread that asks. */
    static ThreadLocal<SharedTexts> perThread(int maxLength, int maxCount) {
        return ThreadLocal.withInitial(() -> new SharedTexts(maxLength, maxCount));
    }

    /**
     * The string first met with this text, else this one; a text that is longer, or first met once the table is
     * full, is not kept.
     */
    String of(String text) {
        if (text.length() > maxLength) {
            return text;
        }
        String known = texts.get(text);
        if (known != null) {
            return known;
        }
        if (texts.size() < maxCount) {
            texts.put(text, text);
        }
        return text;
    }
}

package io.github.backendnotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random texts made of given tokens, for the tests that hold a faster scan equal to the pattern it replaced: the
 * tokens are the characters and words where the two could part ways.
 */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} texts of up to {@code maxTokens - 1} tokens each, the same for the same seed. */
    public static List<String> of(long seed, int count, int maxTokens, String... tokens) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(maxTokens); i > 0; i--) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}

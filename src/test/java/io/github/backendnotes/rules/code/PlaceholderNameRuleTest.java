package io.github.backendnotes.rules.code;

import io.github.backendnotes.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceholderNameRuleTest {

    @Test
    void aNameCountsOnlyAsAWholeIdentifier() {
        List<String> names = List.of("foo", "bar");
        Pattern identifier = PlaceholderNameRule.identifier(names);
        assertTrue(PlaceholderNameRule.holds("let foo = 1;", names, identifier));
        assertTrue(PlaceholderNameRule.holds("bar", names, identifier));
        assertTrue(PlaceholderNameRule.holds("food(); x.bar()", names, identifier));
        assertFalse(PlaceholderNameRule.holds("food(); _bar; bar2; foo_x", names, identifier));
        assertFalse(PlaceholderNameRule.holds("", names, identifier));
    }

    /** The indexOf scan answers as the pattern it stands for, on random code and name lists. */
    @Test
    void agreesWithThePattern() {
        String[][] lists = {{"foo", "bar"}, {"x"}, {"tmp", "t"}, {"a_b", "$v"}, {"data", "", "z"}, {"中文"}};
        String[] tokens = {"foo", "bar", "x", "tmp", "t", "a_b", "$v", "data", "z", "中文", "_", "1", " ", ".", "\n",
            "(", "\"", "é", "A", "fo"};
        Random random = new Random(21);
        for (String text : RandomTexts.of(23, 40_000, 10, tokens)) {
            List<String> names = List.of(lists[random.nextInt(lists.length)]);
            Pattern identifier = PlaceholderNameRule.identifier(names);
            assertEquals(identifier.matcher(text).find(), PlaceholderNameRule.holds(text, names, identifier),
                    () -> names + " on '" + text + "'");
        }
    }
}

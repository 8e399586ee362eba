package io.github.backendnotes.files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {

    @Test
    void eachLevelIsIndentedByTwoSpacesAtAnyDepth() {
        for (int levels : new int[]{1, 2, 15, 16, 17, 40}) {
            Json json = new Json();
            StringBuilder expected = new StringBuilder();
            for (int level = 0; level < levels; level++) {
                json.beginArray();
                expected.append(level == 0 ? "" : "\n" + "  ".repeat(level)).append('[');
            }
            json.value(true);
            expected.append('\n').append("  ".repeat(levels)).append("true");
            for (int level = levels - 1; level >= 0; level--) {
                json.endArray();
                expected.append('\n').append("  ".repeat(level)).append(']');
            }
            assertEquals(expected.append('\n').toString(), json.document(), "depth " + levels);
        }
    }
}

package io.github.backendnotes.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathNamesTest {

    @Test
    void normalizeReturnsANormalPathItself() {
        String path = "net/.hidden/..x/01_a.md";
        assertSame(path, PathNames.normalize(path));
        assertEquals("", PathNames.normalize(""));
    }

    @Test
    void normalizeDropsEmptyAndDotPartsAndResolvesDotDot() {
        assertEquals("a/b", PathNames.normalize("a//b/"));
        assertEquals("a/b", PathNames.normalize("/a/./b"));
        assertEquals("b", PathNames.normalize("a/../b"));
        assertEquals("../b", PathNames.normalize("../b"));
        assertEquals("..", PathNames.normalize("a/../.."));
        assertEquals("", PathNames.normalize("."));
    }

    @Test
    void isUnderNeedsTheWholeFolderName() {
        assertTrue(PathNames.isUnder("net/a.md", "net"));
        assertTrue(PathNames.isUnder("net/a.md", ""));
        assertFalse(PathNames.isUnder("network/a.md", "net"));
        assertFalse(PathNames.isUnder("net", "net"));
    }
}

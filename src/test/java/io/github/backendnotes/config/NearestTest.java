package io.github.backendnotes.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NearestTest {

    private static final List<String> KEYS = List.of("excludes", "rules", "series");

    @Test
    void aLikelyTypoGetsTheNearestName() {
        assertEquals(Optional.of("excludes"), Nearest.to("exclude", KEYS));
        assertEquals(Optional.of("series"), Nearest.to("Serie", KEYS));
        assertEquals(Optional.of("links.broken"), Nearest.to("links.brokn", List.of("links", "links.broken", "links.orphan")));
    }

    @Test
    void nothingNearEnoughOrExactGetsNoHint() {
        assertEquals(Optional.empty(), Nearest.to("colour", KEYS));
        assertEquals(Optional.empty(), Nearest.to("rules", KEYS));
        assertEquals(Optional.empty(), Nearest.to("x", List.of()));
        assertEquals("", Nearest.hint("zzz", KEYS));
    }

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertEquals(0, Nearest.distance("abc", "abc"));
        assertEquals(3, Nearest.distance("", "abc"));
        assertEquals(2, Nearest.distance("feilds", "fields"));
    }
}

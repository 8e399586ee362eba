package io.github.backendnotes.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeriesTest {

    @Test
    void chapterIdIsTheDigitsBeforeTheFirstUnderscore() {
        assertEquals("01", Series.chapterId("s/basics/01_ip.md"));
        assertEquals("", Series.chapterId("s/_01.md"));
        assertEquals("", Series.chapterId("s/1a_x.md"));
        assertEquals("", Series.chapterId("s_1/readme.md"));
        assertEquals("20240101", Series.chapterId("20240101_log.md"));
    }
}

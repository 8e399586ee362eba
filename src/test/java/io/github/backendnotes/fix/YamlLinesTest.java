package io.github.backendnotes.fix;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Single-line YAML edits: quoting kept, comments kept, a value quoted only where plain would read otherwise. */
class YamlLinesTest {

    @Test
    void aValueIsReplacedInItsOwnQuotingWithItsComment() {
        assertEquals(Optional.of("domain: 'lab'  # set by hand"),
                YamlLines.withScalar("domain: 'web'  # set by hand", "domain", "lab", true));
        assertEquals(Optional.of("\"domain\" :  \"it's\""),
                YamlLines.withScalar("\"domain\" :  \"x \\\" y\"", "domain", "it's", true));
        // a '#' not after a space is part of a plain value, not a comment
        assertEquals(Optional.of("domain: lab"), YamlLines.withScalar("domain: web#2", "domain", "lab", true));
    }

    @Test
    void aValueThatSpansLinesOrIsNotAScalarIsLeftAlone() {
        assertEquals(Optional.empty(), YamlLines.withScalar("domain: \"open", "domain", "lab", true));
        assertEquals(Optional.empty(), YamlLines.withScalar("domain: [a, b]", "domain", "lab", true));
        assertEquals(Optional.empty(), YamlLines.withScalar("domain: |", "domain", "lab", true));
        assertEquals(Optional.empty(), YamlLines.withScalar("other: web", "domain", "lab", true));
    }

    @Test
    void plainIsKeptOnlyWhereItReadsBackAsTheString() {
        assertEquals("\"01\"", YamlLines.render("01", (char) 0, true, false));
        assertEquals("\"yes\"", YamlLines.render("yes", (char) 0, true, false));
        assertEquals("\"a: b\"", YamlLines.render("a: b", (char) 0, true, false));
        assertEquals("\"a,b\"", YamlLines.render("a,b", (char) 0, true, true));
        assertEquals("a,b", YamlLines.render("a,b", (char) 0, true, false));
        assertEquals("2026-02-09", YamlLines.render("2026-02-09", (char) 0, false, false));
        assertEquals("'it''s'", YamlLines.render("it's", '\'', true, false));
        assertEquals("system-design", YamlLines.render("system-design", (char) 0, true, true));
    }
}

package io.github.backendnotes.engine;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangedFilterTest {

    private static Finding on(String file, String message) {
        return new Finding("links.broken", Severity.ERROR, file, 1, 1, message, "s");
    }

    @Test
    void withoutChangedFilesEveryFindingIsKept() {
        List<Finding> findings = List.of(on("s/01_a.md", "x"), on("s/02_b.md", "y"));
        assertEquals(findings, new ChangedFilter(null).apply(findings));
    }

    @Test
    void keepsTheFindingsOnAChangedFileAndThoseThatNameOne() {
        Finding own = on("s/02_b.md", "link 'gone.md' is broken");
        Finding naming = on("s/README.md", "the chapter list names '02_b.md' twice");
        Finding other = on("s/01_a.md", "link 'gone.md' is broken");
        Finding similar = on("s/01_a.md", "link 'old_02_b.md' does not exist");
        assertEquals(List.of(own, naming),
                new ChangedFilter(Set.of("s/02_b.md")).apply(List.of(own, naming, other, similar)));
    }
}

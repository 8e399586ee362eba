package io.github.backendnotes.engine;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangedFilterTest {

    private static Finding on(String file, String message, String... related) {
        return new Finding("links.broken", Severity.ERROR, file, 1, 1, message, "s", false, List.of(related));
    }

    @Test
    void withoutChangedFilesEveryFindingIsKept() {
        List<Finding> findings = List.of(on("s/01_a.md", "x"), on("s/02_b.md", "y"));
        assertEquals(findings, new ChangedFilter(null).apply(findings));
    }

    @Test
    void keepsTheFindingsOnAChangedFileAndThoseRelatedToOne() {
        Finding own = on("s/02_b.md", "link 'gone.md' is broken", "s/gone.md");
        Finding related = on("s/README.md", "the chapter list names '02_b.md' twice", "s/02_b.md");
        Finding other = on("s/01_a.md", "link 'gone.md' is broken", "s/gone.md");
        // the message alone does not count: only what the rule says the finding concerns
        Finding named = on("s/01_a.md", "see also 02_b.md");
        assertEquals(List.of(own, related),
                new ChangedFilter(Set.of("s/02_b.md")).apply(List.of(own, related, other, named)));
    }

    @Test
    void aRelatedFolderConcernsEveryFileBelowIt() {
        Finding count = on("s/coverage_matrix.md", "'basics/' holds 3 Markdown files; the row says 2", "s/basics");
        Finding sibling = on("s/coverage_matrix.md", "'basic/' holds 1 Markdown file; the row says 2", "s/basic");
        assertEquals(List.of(count),
                new ChangedFilter(Set.of("s/basics/04_new.md")).apply(List.of(count, sibling)));
    }
}

package io.github.backendnotes.model;

import java.util.List;

/**
 * A minimum the rubric states for one section, read from one clause of a rubric line.
 *
 * @param heading    the section's heading text
 * @param rubricText the rubric line, quoted in messages
 */
public record SectionRequirement(String heading, Check check, String rubricText, int line) {

    /** What the section must contain. */
    public sealed interface Check {
    }

    /** "至少 N 個/條/題/項/行", "N-M 個": list items, sub-headings or table rows; {@code max} is 0 when open. */
    public record ItemCount(int min, int max) implements Check {
    }

    /** "1-2 句話": sentences of the section's prose. */
    public record SentenceCount(int min, int max) implements Check {
    }

    /** "Mermaid diagram", "Mermaid `classDiagram`": a fenced mermaid block, of that type when one is named. */
    public record Diagram(String type) implements Check {
    }

    /** "編號列表": an ordered list. */
    public record OrderedList() implements Check {
    }

    /** "含 `package main`、`import`、`func main()`": the section's code contains each token. */
    public record CodeContains(List<String> tokens) implements Check {
        public CodeContains {
            tokens = List.copyOf(tokens);
        }
    }

    /** "`// Output:` 區塊": a code block ends with an expected-output comment block. */
    public record OutputComment() implements Check {
    }

    /** "至少 N 個面向的比較": a table with at least N body rows. */
    public record TableRows(int min) implements Check {
    }

    /** "需針對 Go 與 Rust 各至少提及 1 個": the section names each of these. */
    public record MentionsEach(List<String> names) implements Check {
        public MentionsEach {
            names = List.copyOf(names);
        }
    }

    /** "使用相對路徑連結": at least one relative Markdown link. */
    public record RelativeLink() implements Check {
    }
}

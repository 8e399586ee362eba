package io.github.backendnotes.model;

import java.util.List;

/** A top-level block of a section, in document order. Text keeps inline code in backticks. */
public sealed interface Block {

    /** 1-based line where the block starts. */
    int line();

    /** @param boldLead the paragraph opens with bold text, as a question or a term often does */
    record Paragraph(String text, boolean boldLead, int line) implements Block {
    }

    /** A bullet or ordered list; {@code items} are its own (top-level) items. */
    record ListBlock(boolean ordered, List<ListItem> items, int line) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /**
     * @param text     the item's own paragraphs, without nested lists
     * @param children lists nested in the item
     */
    record ListItem(String text, int line, List<ListBlock> children) {
        public ListItem {
            children = List.copyOf(children);
        }
    }

    record Table(List<String> header, List<Row> rows, int line) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        public record Row(List<String> cells, int line) {
            public Row {
                cells = List.copyOf(cells);
            }

            public String cell(int index) {
                return index >= 0 && index < cells.size() ? cells.get(index) : "";
            }
        }
    }

    /**
     * @param language first word of the info string, empty when there is none
     * @param fenced   false for an indented code block
     */
    record CodeBlock(String language, String literal, boolean fenced, int line) implements Block {
    }
}

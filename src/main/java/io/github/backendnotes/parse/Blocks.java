package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;

/** The model blocks of CommonMark nodes, their inline text, and where a node starts. */
final class Blocks {

    private Blocks() {
    }

    /** The block of a top-level node, or null for a node no rule reads. */
    static Block block(Node node) {
        if (node instanceof Paragraph paragraph) {
            return new Block.Paragraph(inlineText(paragraph).trim(),
                    paragraph.getFirstChild() instanceof StrongEmphasis, line(node));
        }
        if (node instanceof ListBlock list) {
            return listBlock(list);
        }
        if (node instanceof TableBlock table) {
            return table(table);
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return codeBlock(node);
        }
        if (node instanceof BlockQuote quote) {
            return new Block.Paragraph(paragraphsText(quote), false, line(node));
        }
        return null; // thematic breaks, HTML blocks: nothing a rule reads
    }

    static Block.CodeBlock codeBlock(Node node) {
        if (node instanceof FencedCodeBlock fenced) {
            String info = fenced.getInfo() == null ? "" : fenced.getInfo().trim();
            String language = firstWord(info);
            return new Block.CodeBlock(language, fenced.getLiteral(), true, line(node));
        }
        return new Block.CodeBlock("", ((IndentedCodeBlock) node).getLiteral(), false, line(node));
    }

    /** The info string's first word (what {@code split("\\s+", 2)[0]} gives a trimmed string), without a pattern. */
    static String firstWord(String info) {
        for (int i = 0; i < info.length(); i++) {
            char c = info.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return info.substring(0, i);
            }
        }
        return info;
    }

    private static Block.ListBlock listBlock(ListBlock list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem) {
                List<Block.ListBlock> children = new ArrayList<>();
                for (Node child = listItem.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof ListBlock nested) {
                        children.add(listBlock(nested));
                    }
                }
                items.add(new Block.ListItem(paragraphsText(listItem), line(listItem), children));
            }
        }
        return new Block.ListBlock(list instanceof OrderedList, items, line(list));
    }

    private static Block.Table table(TableBlock table) {
        List<String> header = new ArrayList<>();
        List<Block.Table.Row> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inlineText(cell).trim());
                    }
                }
                if (part instanceof TableHead) {
                    header.addAll(cells);
                } else if (part instanceof TableBody) {
                    rows.add(new Block.Table.Row(cells, line(row)));
                }
            }
        }
        return new Block.Table(header, rows, line(table));
    }

    /**
     * The trimmed texts of the node's own paragraphs, a line each. Most list items and quotes hold one paragraph:
     * its text is taken as it is, not copied through a buffer.
     */
    private static String paragraphsText(Node node) {
        String single = "";
        StringBuilder joined = null;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                String text = inlineText(child).trim();
                if (joined == null && single.isEmpty()) {
                    // nothing before it, or only paragraphs without text: no line break ahead of it
                    single = text;
                } else {
                    if (joined == null) {
                        joined = new StringBuilder(single.length() + 1 + text.length()).append(single);
                    }
                    joined.append('\n').append(text);
                }
            }
        }
        return joined != null ? joined.toString() : single;
    }

    /** The inline content as text, inline code kept in backticks so rubric phrases can be read. */
    static String inlineText(Node node) {
        Node first = node.getFirstChild();
        if (first instanceof Text text && first.getNext() == null) {
            // a plain run of text, as most headings, cells and short items are: nothing to join
            return text.getLiteral();
        }
        StringBuilder out = new StringBuilder(sourceLength(node));
        appendInline(node, out);
        return out.toString();
    }

    /**
     * About the most the node's text can take: the length of its source, and a character for each of its lines (a
     * line break becomes a space). The buffer the text is joined in then seldom grows.
     */
    private static int sourceLength(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        int length = spans.size();
        for (SourceSpan span : spans) {
            length += span.getLength();
        }
        return spans.isEmpty() ? 64 : length;
    }

    private static void appendInline(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append('`').append(code.getLiteral()).append('`');
            } else if (child instanceof SoftLineBreak) {
                out.append(' ');
            } else if (child instanceof HardLineBreak) {
                out.append('\n');
            } else {
                appendInline(child, out);
            }
        }
    }

    static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    static int column(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }
}
